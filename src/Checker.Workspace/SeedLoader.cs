using System.Reflection;
using System.Text;
using Checker.Core.Facts;
using Checker.Core.Facts.Snapshot;
using Checker.Core.Lexicon;
using Checker.Workspace.Caching;

namespace Checker.Workspace;

/// <summary>
/// Loads source collections: a folder with a manifest, or the seeds embedded in the tool (so `checker verify`
/// works from any folder). Sources are named in reports as "seeds/FILE" for the embedded set, or by their path.
/// </summary>
public static class SeedLoader
{
    private static readonly Assembly Self = typeof(SeedLoader).Assembly;
    private static readonly Lazy<Lexicon> DefaultLexiconValue = new(() => Lexicon.Parse(ReadResource("rules/lexicon.txt"), out _));
    private static readonly Lazy<FactBase> EmbeddedValue = new(LoadEmbedded);

    /// <summary>The snapshot of the embedded seeds' fact base, made at build time by Checker.SeedSnapshot (see Checker.Workspace.csproj).</summary>
    public const string EmbeddedSnapshotName = "seeds/facts.snapshot";

    public static Lexicon DefaultLexicon => DefaultLexiconValue.Value;

    /// <summary>The fact base of the seeds that ship with the tool, read once per process from the snapshot built with them.</summary>
    public static FactBase Embedded => EmbeddedValue.Value;

    /// <summary>
    /// The embedded snapshot, built from these same seeds and lexicon by this same engine at build time, so reading it
    /// gives the fact base <see cref="BuildEmbedded"/> would. Built from text only if it is missing or unreadable.
    /// </summary>
    private static FactBase LoadEmbedded()
    {
        using var stream = Self.GetManifestResourceStream(EmbeddedSnapshotName);
        if (stream is not null)
        {
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            if (FactBaseSnapshot.TryRead(bytes, DefaultLexicon, out var facts)) return facts;
        }
        return BuildEmbedded();
    }

    /// <summary>The embedded seeds' fact base built from their text (what the embedded snapshot holds).</summary>
    public static FactBase BuildEmbedded() => FactBaseBuilder.Build(EmbeddedSources(), DefaultLexicon);

    public static IReadOnlyList<SourceDocument> EmbeddedSources()
    {
        var manifest = SeedManifest.Parse(ReadResource("seeds/" + SeedManifest.FileName), "seeds/" + SeedManifest.FileName);
        return manifest.Select(e => ToDocument(e, "seeds/" + e.File, ReadResource("seeds/" + e.File))).ToList();
    }

    /// <summary>Reads a seed folder. Throws <see cref="InputException"/> with file and position for a bad manifest or missing file.</summary>
    public static IReadOnlyList<SourceDocument> FromDirectory(string directory, string? displayRoot = null)
    {
        var manifestPath = Path.Combine(directory, SeedManifest.FileName);
        if (!Directory.Exists(directory)) throw new InputException("FC9001", directory, 1, 1, "seed folder not found");
        if (!File.Exists(manifestPath)) throw new InputException("FC9001", manifestPath, 1, 1, "seed folder has no manifest.json");
        var manifest = SeedManifest.Parse(ReadText(manifestPath), manifestPath);
        var documents = new List<SourceDocument>();
        foreach (var entry in manifest)
        {
            var file = Path.Combine(directory, entry.File);
            if (!File.Exists(file)) throw new InputException("FC9001", manifestPath, 1, 1, $"source '{entry.File}' listed in the manifest does not exist");
            var display = Path.Combine(displayRoot ?? directory, entry.File).Replace('\\', '/');
            documents.Add(ToDocument(entry, display, ReadText(file)));
        }
        return documents;
    }

    /// <summary>
    /// The fact base of a seed folder with the bundled lexicon: loaded from the <see cref="FactBaseCache"/> when the
    /// folder is unchanged since it was cached, else read and built from text (errors as <see cref="FromDirectory"/>) and cached.
    /// </summary>
    public static FactBase LoadFolder(string directory, string? displayRoot = null)
    {
        var folder = new SeedFolder(directory, displayRoot ?? directory);
        return FactBaseCache.Default.Load([folder], DefaultLexicon, [], () => Build(FromDirectory(folder.Path, folder.DisplayPath)));
    }

    public static FactBase Build(IReadOnlyList<SourceDocument> sources, Lexicon? lexicon = null) =>
        FactBaseBuilder.Build(sources, lexicon ?? DefaultLexicon);

    private static SourceDocument ToDocument(SeedEntry e, string path, string text) =>
        new(path, text, e.Date, e.Outlet, e.Title, e.Currency, e.Country);

    private static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path, new UTF8Encoding(false, throwOnInvalidBytes: false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException("FC9001", path, 1, 1, $"cannot read: {ex.Message}");
        }
    }

    public static string ReadResource(string name)
    {
        using var stream = Self.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
