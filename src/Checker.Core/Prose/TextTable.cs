namespace Checker.Core.Prose;

/// <summary>
/// Texts, each with a number, in an open-addressing table: the token-text pool keeps a draft's token texts in one, and
/// extraction keeps each token text's term number in another. Both look up every token of a draft, where a
/// <c>Dictionary</c> cost a tenth of extraction (hashing, or the runtime's identity hash). A slot keeps its text,
/// <see cref="WordHash"/> and number side by side, so a probe reads one place and compares characters only when the
/// hashes agree. Not thread-safe.
/// </summary>
internal sealed class TextTable
{
    private struct Entry
    {
        public string? Text;
        public int Hash;
        public int Value;
    }

    // Small at first: the language server makes tables per keystroke's check of a few kilobytes; a large draft's grow.
    private Entry[] _entries = new Entry[1024];
    private int _shift = 32 - 10;

    public int Count { get; private set; }

    /// <summary>The text equal to <paramref name="text"/> (whose <see cref="WordHash"/> is <paramref name="hash"/>) and its number, if kept.</summary>
    public bool TryGet(ReadOnlySpan<char> text, int hash, out string known, out int value)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var slot = SlotOf(hash); entries[slot].Text is { } kept; slot = (slot + 1) & mask)
        {
            if (entries[slot].Hash == hash && text.SequenceEqual(kept))
            {
                known = kept;
                value = entries[slot].Value;
                return true;
            }
        }
        known = "";
        value = 0;
        return false;
    }

    /// <summary>Keeps <paramref name="text"/> (whose <see cref="WordHash"/> is <paramref name="hash"/>) with <paramref name="value"/>; it must not be kept already.</summary>
    public void Add(string text, int hash, int value)
    {
        Place(new Entry { Text = text, Hash = hash, Value = value });
        // Kept at most half full, so that probes stay short.
        if (++Count * 2 > _entries.Length) Grow();
    }

    private void Place(Entry entry)
    {
        var mask = _entries.Length - 1;
        var slot = SlotOf(entry.Hash);
        while (_entries[slot].Text is not null) slot = (slot + 1) & mask;
        _entries[slot] = entry;
    }

    // The slot is taken from the high bits of a Fibonacci product.
    private int SlotOf(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private void Grow()
    {
        var entries = _entries;
        _entries = new Entry[entries.Length * 2];
        _shift--;
        foreach (var entry in entries)
            if (entry.Text is not null) Place(entry);
    }
}
