namespace Checker.Core.Prose;

/// <summary>
/// Hands out one string per distinct token text. A long draft says "the", "billion" and "Canada" thousands of times:
/// tokenized through a pool they share one string each instead of a new substring per occurrence (substrings were most
/// of the garbage of a large check). Not thread-safe: one pool per extraction.
/// </summary>
/// <remarks>
/// A lookup per token made the pool a tenth of extraction's time as a <c>Dictionary</c>. It is an open-addressing table
/// instead: each slot keeps its text's hash beside it, so a probe compares characters only when the hashes agree, and
/// a one-character ASCII token (".", ",", "$": a sixth of all tokens) is not hashed at all but taken from a shared table.
/// </remarks>
public sealed class TokenTextPool
{
    // Enough for any real vocabulary; past it (a draft of random strings) tokens are allocated as before, so the pool
    // cannot grow without bound.
    private const int MaxEntries = 200_000;

    // The same strings for every pool: equal one-character texts are still one string, as the pool promises.
    private static readonly string[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    // Small at first: the language server makes a pool per keystroke's check of a few kilobytes; a large draft's grows.
    private string?[] _texts = new string?[1024];
    private int[] _hashes = new int[1024];
    private int _shift = 32 - 10;
    private int _count;

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && text[0] < 128) return AsciiCharacters[text[0]];
        var hash = Hash(text);
        var texts = _texts;
        var mask = texts.Length - 1;
        var slot = SlotOf(hash);
        while (texts[slot] is { } known)
        {
            if (_hashes[slot] == hash && text.SequenceEqual(known)) return known;
            slot = (slot + 1) & mask;
        }
        var made = text.ToString();
        if (_count < MaxEntries)
        {
            texts[slot] = made;
            _hashes[slot] = hash;
            // Kept at most half full, so that probes stay short.
            if (++_count * 2 > texts.Length) Grow();
        }
        return made;
    }

    // FNV-1a over the characters: tokens are short, and the slot is taken from the high bits of a Fibonacci product.
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }

    private int SlotOf(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private void Grow()
    {
        var oldTexts = _texts;
        var oldHashes = _hashes;
        _texts = new string?[oldTexts.Length * 2];
        _hashes = new int[oldTexts.Length * 2];
        _shift--;
        var mask = _texts.Length - 1;
        for (var i = 0; i < oldTexts.Length; i++)
        {
            if (oldTexts[i] is not { } text) continue;
            var slot = SlotOf(oldHashes[i]);
            while (_texts[slot] is not null) slot = (slot + 1) & mask;
            _texts[slot] = text;
            _hashes[slot] = oldHashes[i];
        }
    }
}
