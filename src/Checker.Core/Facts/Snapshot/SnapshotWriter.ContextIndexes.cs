using System.Runtime.InteropServices;

namespace Checker.Core.Facts.Snapshot;

/// <summary>
/// The context-index section: each kind's <see cref="ContextIndexLayout"/>, its terms as string-table ids and its arrays
/// in bulk (little-endian), so a load reads them with a copy instead of hashing every context term again.
/// </summary>
internal sealed partial class SnapshotWriter
{
    private void ContextIndexes(FactBase facts)
    {
        var indexes = facts.ContextIndexes.ToList();
        Count(indexes.Count);
        foreach (var (kind, index) in indexes)
        {
            var layout = index.Layout;
            _body.Write((byte)kind);
            Count(layout.Terms.Length);
            foreach (var term in layout.Terms) String(term);
            Count(layout.MeasureTerms.Length);
            foreach (var term in layout.MeasureTerms) String(term);
            Count(layout.MeasureOf.Length);
            Int32s(layout.MeasureOf);
            Int32s(layout.HeadGroupOf);
            Int32s(layout.VectorStart);
            Count(layout.Entries);
            Int32s(layout.VectorTerms.AsSpan(0, layout.Entries));
            Doubles(layout.VectorWeights.AsSpan(0, layout.Entries));
        }
    }

    private void Int32s(ReadOnlySpan<int> values)
    {
        if (BitConverter.IsLittleEndian) _body.Write(MemoryMarshal.AsBytes(values));
        else foreach (var value in values) _body.Write(value); // BinaryWriter writes little-endian
    }

    private void Doubles(ReadOnlySpan<double> values)
    {
        if (BitConverter.IsLittleEndian) _body.Write(MemoryMarshal.AsBytes(values));
        else foreach (var value in values) _body.Write(value);
    }
}
