using System.Security.Cryptography;
using System.Text;

namespace Checker.Workspace.Caching;

/// <summary>
/// What a cached fact base of seed folders was built from: each manifest's bytes (as a hash) and each listed file's
/// path, size and modification time. Contents are not hashed: a stat per file keeps a cache hit cheap at 10,000 sources,
/// and an edit changes the time. Any difference, or a file gone, means the cache is stale.
/// </summary>
internal sealed class SeedFolderStamp
{
    private readonly List<(string Path, byte[] Hash)> _manifests;
    private readonly List<(string Path, long Length, long LastWriteTicks)> _files;

    private SeedFolderStamp(List<(string, byte[])> manifests, List<(string, long, long)> files)
    {
        _manifests = manifests;
        _files = files;
    }

    /// <summary>The folders as they are now; null when a manifest or a listed file cannot be read (the build then reports it).</summary>
    public static SeedFolderStamp? Capture(IEnumerable<string> folders)
    {
        var manifests = new List<(string, byte[])>();
        var files = new List<(string, long, long)>();
        try
        {
            foreach (var folder in folders)
            {
                var manifestPath = Path.GetFullPath(Path.Combine(folder, SeedManifest.FileName));
                var bytes = File.ReadAllBytes(manifestPath);
                manifests.Add((manifestPath, SHA256.HashData(bytes)));
                using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: false));
                foreach (var entry in SeedManifest.Parse(reader.ReadToEnd(), manifestPath))
                {
                    var info = new FileInfo(Path.Combine(Path.GetDirectoryName(manifestPath)!, entry.File));
                    if (!info.Exists) return null;
                    files.Add((info.FullName, info.Length, info.LastWriteTimeUtc.Ticks));
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InputException)
        {
            return null;
        }
        return new SeedFolderStamp(manifests, files);
    }

    /// <summary>Whether the folders are still exactly as stamped (every manifest the same bytes, every file the same size and time).</summary>
    public bool IsCurrent()
    {
        try
        {
            foreach (var (path, hash) in _manifests)
                if (!SHA256.HashData(File.ReadAllBytes(path)).AsSpan().SequenceEqual(hash)) return false;
            foreach (var (path, length, ticks) in _files)
            {
                var info = new FileInfo(path);
                if (!info.Exists || info.Length != length || info.LastWriteTimeUtc.Ticks != ticks) return false;
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write7BitEncodedInt(_manifests.Count);
        foreach (var (path, hash) in _manifests)
        {
            writer.Write(path);
            writer.Write7BitEncodedInt(hash.Length);
            writer.Write(hash);
        }
        writer.Write7BitEncodedInt(_files.Count);
        foreach (var (path, length, ticks) in _files)
        {
            writer.Write(path);
            writer.Write(length);
            writer.Write(ticks);
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; a damaged stamp throws (EndOfStreamException, FormatException, ...), which the cache treats as a miss.</summary>
    public static SeedFolderStamp Read(BinaryReader reader)
    {
        var manifests = new List<(string, byte[])>();
        for (var i = reader.Read7BitEncodedInt(); i > 0; i--)
        {
            var path = reader.ReadString();
            var length = reader.Read7BitEncodedInt();
            if (length != SHA256.HashSizeInBytes) throw new InvalidDataException("bad manifest hash");
            manifests.Add((path, reader.ReadBytes(length)));
        }
        var files = new List<(string, long, long)>();
        for (var i = reader.Read7BitEncodedInt(); i > 0; i--) files.Add((reader.ReadString(), reader.ReadInt64(), reader.ReadInt64()));
        return new SeedFolderStamp(manifests, files);
    }
}
