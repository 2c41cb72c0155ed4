namespace Checker.Core.Prose;

/// <summary>
/// Hands out one string per distinct token text. A long draft says "the", "billion" and "Canada" thousands of times:
/// tokenized through a pool they share one string each instead of a new substring per occurrence (substrings were most
/// of the garbage of a large check). Not thread-safe: one pool per extraction.
/// </summary>
public sealed class TokenTextPool
{
    // Enough for any real vocabulary; past it (a draft of random strings) tokens are allocated as before, so the pool
    // cannot grow without bound.
    private const int MaxEntries = 200_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TokenTextPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var known)) return known;
        var made = text.ToString();
        if (_strings.Count < MaxEntries) _strings[made] = made;
        return made;
    }
}
