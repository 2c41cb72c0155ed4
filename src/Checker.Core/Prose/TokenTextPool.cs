namespace Checker.Core.Prose;

/// <summary>
/// Hands out one string per distinct token text. A long draft says "the", "billion" and "Canada" thousands of times:
/// tokenized through a pool they share one string each instead of a new substring per occurrence (substrings were most
/// of the garbage of a large check). Not thread-safe: one pool per extraction.
/// </summary>
/// <remarks>
/// A lookup per token made the pool a tenth of extraction's time as a <c>Dictionary</c>. It is a <see cref="TextTable"/>
/// instead, and a one-character ASCII token (".", ",", "$": a sixth of all tokens) is not hashed at all but taken from a
/// shared table.
/// </remarks>
public sealed class TokenTextPool
{
    // Enough for any real vocabulary; past it (a draft of random strings) tokens are allocated as before, so the pool
    // cannot grow without bound.
    private const int MaxEntries = 200_000;

    // The same strings for every pool: equal one-character texts are still one string, as the pool promises.
    private static readonly string[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    private readonly TextTable _texts = new();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && text[0] < 128) return AsciiCharacters[text[0]];
        var hash = WordHash.Of(text);
        if (_texts.TryGet(text, hash, out var known, out _)) return known;
        var made = text.ToString();
        if (_texts.Count < MaxEntries) _texts.Add(made, hash, 0);
        return made;
    }
}
