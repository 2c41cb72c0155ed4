namespace Checker.Core.Incremental;

/// <summary>
/// Everything extraction reads to find a sentence's claims, apart from the recognizer options (kept per
/// <see cref="ExtractionMemory"/>): the sentence as source (claims quote it) and as prose (it is tokenized), the
/// neighbouring sentences that give it context (null when they stand too far away to count), and its block's framing
/// (section heading, or a table cell's headers). Two sentences with equal keys have the same claims, moved.
/// </summary>
/// <remarks>
/// A key is looked up two or three times per sentence per keystroke (this version's memory, the previous one's, then
/// added): its hash is worked out once, from the sentence's source and the other texts' lengths, instead of hashing
/// five long strings on every lookup. Equality still compares every text.
/// </remarks>
internal readonly struct SentenceKey : IEquatable<SentenceKey>
{
    private readonly int _hash;

    public SentenceKey(string source, string prose, string? before, string? after, bool tableCell, string framing)
    {
        Source = source;
        Prose = prose;
        Before = before;
        After = after;
        TableCell = tableCell;
        Framing = framing;
        _hash = HashCode.Combine(source.GetHashCode(), before?.Length ?? -1, after?.Length ?? -1, tableCell, framing.Length);
    }

    public string Source { get; }
    public string Prose { get; }
    public string? Before { get; }
    public string? After { get; }
    public bool TableCell { get; }
    public string Framing { get; }

    public bool Equals(SentenceKey other) =>
        _hash == other._hash && TableCell == other.TableCell
        && string.Equals(Source, other.Source, StringComparison.Ordinal) && string.Equals(Prose, other.Prose, StringComparison.Ordinal)
        && string.Equals(Before, other.Before, StringComparison.Ordinal) && string.Equals(After, other.After, StringComparison.Ordinal)
        && string.Equals(Framing, other.Framing, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SentenceKey other && Equals(other);

    public override int GetHashCode() => _hash;
}
