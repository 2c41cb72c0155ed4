using Checker.Core.Facts;
using Checker.LanguageServer.Documents;
using Checker.Workspace;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// Gives every source a real file a writer can open. Sources read from a folder already are files; the seeds
/// embedded in the tool are written once into a cache folder (<c>CACHE/seeds/FILE</c>) so evidence links resolve.
/// </summary>
public sealed class SeedFiles
{
    private readonly string _cacheDirectory;

    public SeedFiles(string cacheDirectory) => _cacheDirectory = cacheDirectory;

    /// <summary>Where the embedded seeds are materialised.</summary>
    public string EmbeddedFolder => Path.Combine(_cacheDirectory, "seeds");

    /// <summary>The file URI of a source: its own path when it has one on disk, else its materialised copy.</summary>
    public string UriOf(SourceDocument source)
    {
        if (Path.IsPathRooted(source.Path)) return DocumentUris.FromPath(source.Path);
        // A checker.json's seed folder is named relative to the working folder, as `checker verify` names it.
        if (!SeedLoader.Embedded.Sources.Contains(source) && File.Exists(source.Path)) return DocumentUris.FromPath(source.Path);
        return DocumentUris.FromPath(Path.Combine(EmbeddedFolder, Path.GetFileName(source.Path)));
    }

    /// <summary>Writes the embedded seeds to the cache folder, rewriting a copy only when its content differs.</summary>
    public void MaterialiseEmbedded(IEnumerable<SourceDocument> sources)
    {
        Directory.CreateDirectory(EmbeddedFolder);
        foreach (var source in sources)
        {
            var target = Path.Combine(EmbeddedFolder, Path.GetFileName(source.Path));
            if (File.Exists(target) && File.ReadAllText(target) == source.Text) continue;
            // Write beside and move, so a second server sharing the cache never reads half a file.
            var temporary = target + "." + Environment.ProcessId + ".tmp";
            File.WriteAllText(temporary, source.Text);
            File.Move(temporary, target, overwrite: true);
        }
    }

    public static string DefaultCacheDirectory() =>
        Path.Combine(Path.GetTempPath(), "checker-lsp-" + typeof(SeedLoader).Assembly.GetName().Version);
}
