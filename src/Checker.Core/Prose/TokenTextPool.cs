namespace Checker.Core.Prose;

/// <summary>
/// Hands out one string per distinct token text. A long draft says "the", "billion" and "Canada" thousands of times:
/// tokenized through a pool they share one string each instead of a new substring per occurrence (substrings were most
/// of the garbage of a large check). Not thread-safe: one pool per extraction.
/// </summary>
/// <remarks>
/// A lookup per token made the pool a tenth of extraction's time as a <c>Dictionary</c>. It is an open-addressing table
/// instead: each slot keeps its text's <see cref="WordHash"/> beside it, so a probe reads one place and compares
/// characters only when the hashes agree, and a one-character ASCII token (".", ",", "$": a sixth of all tokens) is not
/// hashed at all but taken from a shared table.
/// </remarks>
public sealed class TokenTextPool
{
    // Enough for any real vocabulary; past it (a draft of random strings) tokens are allocated as before, so the pool
    // cannot grow without bound.
    private const int MaxEntries = 200_000;

    // The same strings for every pool: equal one-character texts are still one string, as the pool promises.
    private static readonly string[] AsciiCharacters = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    // A text and its hash side by side: a probe reads one place, not two arrays.
    private struct Entry
    {
        public string? Text;
        public int Hash;
    }

    // Small at first: the language server makes a pool per keystroke's check of a few kilobytes; a large draft's grows.
    private Entry[] _entries = new Entry[1024];
    private int _shift = 32 - 10;
    private int _count;

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length == 1 && text[0] < 128) return AsciiCharacters[text[0]];
        var hash = WordHash.Of(text);
        var entries = _entries;
        var mask = entries.Length - 1;
        var slot = SlotOf(hash);
        while (entries[slot].Text is { } known)
        {
            if (entries[slot].Hash == hash && text.SequenceEqual(known)) return known;
            slot = (slot + 1) & mask;
        }
        var made = text.ToString();
        if (_count < MaxEntries)
        {
            entries[slot] = new Entry { Text = made, Hash = hash };
            // Kept at most half full, so that probes stay short.
            if (++_count * 2 > entries.Length) Grow();
        }
        return made;
    }

    // The slot is taken from the high bits of a Fibonacci product.
    private int SlotOf(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _shift--;
        var mask = _entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Text is null) continue;
            var slot = SlotOf(entry.Hash);
            while (_entries[slot].Text is not null) slot = (slot + 1) & mask;
            _entries[slot] = entry;
        }
    }
}
