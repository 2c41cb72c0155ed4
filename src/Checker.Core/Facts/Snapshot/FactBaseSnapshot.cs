using System.Buffers.Binary;

namespace Checker.Core.Facts.Snapshot;

/// <summary>
/// A built <see cref="FactBase"/> as bytes, and back: sources, facts with their claims and evidence, series and term
/// statistics, and each kind's <see cref="ContextIndexLayout"/>, so loading neither re-reads prose nor re-extracts, re-dedupes,
/// re-links or re-hashes context terms. Only what follows from the layout by array passes (norms, postings, head groups)
/// is rebuilt by <see cref="FactBase"/>'s constructor.
/// </summary>
/// <remarks>
/// Layout: an 8-byte magic, the format version, the payload's length and checksum, then the payload (a string table,
/// then sources, term statistics, facts, series, context-index layouts; see <see cref="SnapshotWriter"/>). Hand-written binary, no reflection,
/// so it works under NativeAOT. A snapshot holds terms already folded by the lexicon it was built with: read it only
/// with that same lexicon (callers key their snapshots on it).
/// </remarks>
public static class FactBaseSnapshot
{
    /// <summary>Bump whenever the layout or the meaning of any field changes: an older snapshot is then refused, never misread.</summary>
    public const int FormatVersion = 2; // 2: contexts written once and shared; each kind's ContextIndexLayout stored, not rebuilt

    private static ReadOnlySpan<byte> Magic => "CHKFACTS"u8;
    private const int HeaderLength = 8 + 4 + 8 + 8;

    public static byte[] Write(FactBase facts)
    {
        var payload = SnapshotWriter.Write(facts);
        var bytes = new byte[HeaderLength + payload.Length];
        Magic.CopyTo(bytes);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), FormatVersion);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(12), payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(20), SnapshotChecksum.Of(payload));
        payload.CopyTo(bytes.AsSpan(HeaderLength));
        return bytes;
    }

    /// <summary>Reads a snapshot written by <see cref="Write"/>. Throws <see cref="SnapshotFormatException"/> for anything else: foreign, truncated, corrupt or of another format version.</summary>
    public static FactBase Read(byte[] bytes, Lexicon.Lexicon lexicon) => Read(new ArraySegment<byte>(bytes), lexicon);

    /// <inheritdoc cref="Read(byte[], Lexicon.Lexicon)"/>
    /// <remarks>The segment is read in place (a cache file's bytes after its own header), never copied.</remarks>
    public static FactBase Read(ArraySegment<byte> snapshot, Lexicon.Lexicon lexicon)
    {
        var bytes = snapshot.AsSpan();
        if (bytes.Length < HeaderLength || !bytes[..8].SequenceEqual(Magic)) throw new SnapshotFormatException("not a fact-base snapshot");
        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes[8..]);
        if (version != FormatVersion) throw new SnapshotFormatException($"snapshot format {version}, expected {FormatVersion}");
        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes[12..]);
        if (length != bytes.Length - HeaderLength) throw new SnapshotFormatException("truncated or overlong snapshot");
        if (SnapshotChecksum.Of(bytes[HeaderLength..]) != BinaryPrimitives.ReadUInt64LittleEndian(bytes[20..])) throw new SnapshotFormatException("snapshot checksum mismatch");
        return SnapshotReader.Read(snapshot.Slice(HeaderLength), lexicon);
    }

    /// <summary>Like <see cref="Read(ArraySegment{byte}, Lexicon.Lexicon)"/>, but a snapshot that cannot be read gives false (the caller rebuilds from text).</summary>
    public static bool TryRead(ArraySegment<byte> snapshot, Lexicon.Lexicon lexicon, out FactBase facts)
    {
        try
        {
            facts = Read(snapshot, lexicon);
            return true;
        }
        catch (SnapshotFormatException)
        {
            facts = null!;
            return false;
        }
    }
}
