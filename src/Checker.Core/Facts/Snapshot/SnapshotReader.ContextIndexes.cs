using System.Runtime.InteropServices;
using Checker.Core.Claims;

namespace Checker.Core.Facts.Snapshot;

/// <summary>
/// Reads the context-index section <see cref="SnapshotWriter"/> wrote and checks each layout against the facts of its
/// kind (sizes, ranges, entry runs, head groups numbered in order of first appearance within one measure group), so a
/// <see cref="ContextIndex"/> built from it cannot index outside its arrays. Duplicate terms surface as the
/// <see cref="ArgumentException"/> of the index's dictionaries, which <see cref="Read"/> turns into a format error.
/// </summary>
internal sealed partial class SnapshotReader
{
    private Dictionary<ClaimKind, ContextIndexLayout> ContextIndexLayouts(Fact[] facts)
    {
        // Facts per kind in fact-base order, as FactBase groups them.
        var countOfKind = new Dictionary<ClaimKind, int>();
        foreach (var fact in facts) countOfKind[fact.Claim.Kind] = countOfKind.GetValueOrDefault(fact.Claim.Kind) + 1;

        var kinds = Count();
        if (kinds != countOfKind.Count) throw new SnapshotFormatException($"{kinds} context indexes for {countOfKind.Count} kinds");
        var layouts = new Dictionary<ClaimKind, ContextIndexLayout>(kinds);
        for (var k = 0; k < kinds; k++)
        {
            var kind = Kind();
            if (!countOfKind.TryGetValue(kind, out var factCount) || layouts.ContainsKey(kind))
                throw new SnapshotFormatException($"an unexpected context index of kind {kind}");
            var terms = new string[Count()];
            for (var i = 0; i < terms.Length; i++) terms[i] = String();
            var measureTerms = new string[Count()];
            for (var i = 0; i < measureTerms.Length; i++) measureTerms[i] = String();
            if (Count() != factCount) throw new SnapshotFormatException($"a context index of kind {kind} for another number of facts");
            var measureOf = Int32s(factCount);
            var headGroupOf = Int32s(factCount);
            var vectorStart = Int32s(factCount + 1);
            var entries = Count();
            var layout = new ContextIndexLayout(terms, measureTerms, measureOf, headGroupOf, vectorStart, Int32s(entries), Doubles(entries));
            Check(layout, entries);
            layouts.Add(kind, layout);
        }
        return layouts;
    }

    private static void Check(ContextIndexLayout layout, int entries)
    {
        var (starts, facts) = (layout.VectorStart, layout.MeasureOf.Length);
        if (starts[0] != 0 || starts[facts] != entries) throw new SnapshotFormatException("context entries out of range");
        for (var f = 0; f < facts; f++)
            if (starts[f + 1] < starts[f]) throw new SnapshotFormatException("context entries out of order");
        foreach (var term in layout.VectorTerms)
            if ((uint)term >= (uint)layout.Terms.Length) throw new SnapshotFormatException($"context term {term} out of range");

        var measureOfHeadGroup = new List<int>();
        for (var f = 0; f < facts; f++)
        {
            var measure = layout.MeasureOf[f];
            if (measure < -1 || measure >= layout.MeasureTerms.Length) throw new SnapshotFormatException($"measure group {measure} out of range");
            var head = layout.HeadGroupOf[f];
            if (head == measureOfHeadGroup.Count) measureOfHeadGroup.Add(measure);
            else if ((uint)head > (uint)measureOfHeadGroup.Count || measureOfHeadGroup[head] != measure)
                throw new SnapshotFormatException($"head group {head} out of order or of another measure");
        }
    }

    /// <summary>An array written in bulk; its length already read, checked against the bytes left.</summary>
    private int[] Int32s(int count)
    {
        var values = new int[BulkLength(count, sizeof(int))];
        if (BitConverter.IsLittleEndian) _in.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        else for (var i = 0; i < count; i++) values[i] = _in.ReadInt32();
        return values;
    }

    private double[] Doubles(int count)
    {
        var values = new double[BulkLength(count, sizeof(double))];
        if (BitConverter.IsLittleEndian) _in.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        else for (var i = 0; i < count; i++) values[i] = _in.ReadDouble();
        return values;
    }

    private int BulkLength(int count, int size)
    {
        if (count < 0 || (long)count * size > _length - _in.BaseStream.Position) throw new SnapshotFormatException($"array of {count} out of range");
        return count;
    }
}
