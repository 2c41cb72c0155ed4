using System.Buffers.Binary;
using System.Numerics;

namespace Checker.Core.Facts.Snapshot;

/// <summary>
/// A fast 64-bit checksum of a snapshot's payload, so a corrupt cache file (a flipped bit in a figure) is refused
/// rather than read as a wrong fact. Not cryptographic: it guards against accidents, not attacks.
/// </summary>
internal static class SnapshotChecksum
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static ulong Of(ReadOnlySpan<byte> data)
    {
        var hash = Multiplier ^ (ulong)data.Length;
        var i = 0;
        for (; i + 8 <= data.Length; i += 8)
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(data[i..])) * Multiplier, 29);
        for (; i < data.Length; i++)
            hash = BitOperations.RotateLeft((hash ^ data[i]) * Multiplier, 29);
        return hash ^ (hash >> 32);
    }
}
