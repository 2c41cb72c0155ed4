using System.Security.Cryptography;
using System.Text;
using Checker.Core.Facts;
using Checker.Core.Facts.Snapshot;
using Checker.Core.Lexicon;

namespace Checker.Workspace.Caching;

/// <summary>A seed folder and the name its sources carry in reports.</summary>
public sealed record SeedFolder(string Path, string DisplayPath);

/// <summary>
/// Keeps the fact base of seed folders between runs as a snapshot file, so a large collection is built from text once
/// and then loaded. A cache file is named by a hash of its key (this tool's build, the lexicon and synonyms, the folders
/// and their display names) and holds the key itself, a <see cref="SeedFolderStamp"/> and the snapshot. Anything that
/// does not match, or cannot be read (corrupt, truncated, foreign), is a miss: the fact base is built from text and the
/// file rewritten. Writes are atomic (a temp file, then a rename); failing to write (read-only home) is silent.
/// </summary>
public sealed class FactBaseCache(string? directory)
{
    private const int FileVersion = 1;
    private static ReadOnlySpan<byte> Magic => "CHKCACHE"u8;

    /// <summary>The cache in <see cref="CacheDirectory"/>; off when <c>CHECKER_CACHE=off</c>.</summary>
    public static FactBaseCache Default { get; } = new(CacheDirectory.Resolve());

    public string? Directory { get; } = directory;

    /// <summary>
    /// The fact base of <paramref name="folders"/> read with <paramref name="lexicon"/> (the bundled one plus
    /// <paramref name="synonyms"/>): from the cache when it is current, else from <paramref name="build"/>, then cached.
    /// </summary>
    public FactBase Load(IReadOnlyList<SeedFolder> folders, Lexicon lexicon, IReadOnlyList<string> synonyms, Func<FactBase> build)
    {
        if (Directory is null) return build();
        var key = KeyOf(folders, synonyms);
        var file = Path.Combine(Directory, $"facts-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32]}.snapshot");
        if (TryRead(file, key, lexicon) is { } cached) return cached;

        // Stamped before the sources are read, so a file edited during the build leaves a stale stamp, never a stale fact base.
        var stamp = SeedFolderStamp.Capture(folders.Select(f => f.Path));
        var facts = build();
        if (stamp is not null) TryWrite(file, key, stamp, facts);
        return facts;
    }

    private static string KeyOf(IReadOnlyList<SeedFolder> folders, IReadOnlyList<string> synonyms)
    {
        var key = new StringBuilder()
            .Append("checker fact base, snapshot format ").Append(FactBaseSnapshot.FormatVersion).Append('\n')
            .Append("build ").Append(ToolBuild.Id).Append('\n')
            .Append("lexicon ").Append(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(SeedLoader.ReadResource("rules/lexicon.txt"))))).Append('\n');
        foreach (var synonym in synonyms) key.Append("synonym ").Append(synonym).Append('\n');
        foreach (var folder in folders) key.Append("folder ").Append(Path.GetFullPath(folder.Path)).Append(" as ").Append(folder.DisplayPath).Append('\n');
        return key.ToString();
    }

    private static FactBase? TryRead(string file, string key, Lexicon lexicon)
    {
        try
        {
            if (!File.Exists(file)) return null;
            var bytes = File.ReadAllBytes(file);
            if (bytes.Length < Magic.Length + 4 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes, Magic.Length, bytes.Length - Magic.Length, writable: false), Encoding.UTF8);
            if (reader.ReadInt32() != FileVersion || reader.ReadString() != key) return null;
            if (!SeedFolderStamp.Read(reader).IsCurrent()) return null;
            var length = reader.ReadInt64();
            var start = Magic.Length + (int)reader.BaseStream.Position;
            if (length != bytes.Length - start) return null;
            return FactBaseSnapshot.TryRead(new ArraySegment<byte>(bytes, start, bytes.Length - start), lexicon, out var facts) ? facts : null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null; // unreadable or damaged: a miss, rebuilt from text
        }
    }

    private void TryWrite(string file, string key, SeedFolderStamp stamp, FactBase facts)
    {
        var temp = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Directory!);
            var snapshot = FactBaseSnapshot.Write(facts);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FileVersion);
                writer.Write(key);
                stamp.Write(writer);
                writer.Write((long)snapshot.Length);
                writer.Write(snapshot);
            }
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A cache that cannot be written (read-only or full disk) costs only the next run's build.
            try { File.Delete(temp); } catch (Exception deleteError) when (deleteError is IOException or UnauthorizedAccessException) { }
        }
    }
}
