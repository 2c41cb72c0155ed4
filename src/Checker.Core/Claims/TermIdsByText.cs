using Checker.Core.Prose;

namespace Checker.Core.Claims;

/// <summary>
/// The term number <see cref="TokenTerms"/> worked out for each token text, in an open-addressing table. Extraction asks
/// for the term of every token of every sentence with a claim and of its neighbours; a <c>Dictionary</c> keyed by
/// reference spent most of that in the runtime's identity hash (a call per token). Here a text is found by its
/// <see cref="WordHash"/> and then its characters (a reference check first: pooled texts are mostly the very string
/// kept). Not thread-safe: one per extraction.
/// </summary>
internal sealed class TermIdsByText
{
    // A text, its hash and its number side by side: a probe reads one place, not three arrays.
    private struct Entry
    {
        public string? Text;
        public int Hash;
        public int Id;
    }

    private Entry[] _entries = new Entry[1024];
    private int _shift = 32 - 10;

    public int Count { get; private set; }

    /// <summary>The number kept for <paramref name="text"/>, if any.</summary>
    public bool TryGet(string text, out int id)
    {
        var hash = WordHash.Of(text);
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var slot = SlotOf(hash); entries[slot].Text is { } known; slot = (slot + 1) & mask)
        {
            if (entries[slot].Hash == hash && (ReferenceEquals(known, text) || string.Equals(known, text)))
            {
                id = entries[slot].Id;
                return true;
            }
        }
        id = 0;
        return false;
    }

    /// <summary>Keeps <paramref name="id"/> for <paramref name="text"/>, which must not be kept already.</summary>
    public void Add(string text, int id)
    {
        Place(new Entry { Text = text, Hash = WordHash.Of(text), Id = id });
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
