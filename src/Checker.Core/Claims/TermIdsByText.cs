using System.Runtime.InteropServices;

namespace Checker.Core.Claims;

/// <summary>
/// The term number <see cref="TokenTerms"/> worked out for each token text, in an open-addressing table. Extraction asks
/// for the term of every token of every sentence with a claim and of its neighbours; a <c>Dictionary</c> keyed by
/// reference spent most of that in the runtime's identity hash (a call per token). Here a text is hashed from its length
/// and its first and last four characters, read as two numbers, and found by its hash and then its characters (a
/// reference check first: pooled texts are mostly the very string kept). Not thread-safe: one per extraction.
/// </summary>
internal sealed class TermIdsByText
{
    private string?[] _texts = new string?[1024];
    private int[] _hashes = new int[1024];
    private int[] _ids = new int[1024];
    private int _shift = 32 - 10;

    public int Count { get; private set; }

    /// <summary>The number kept for <paramref name="text"/>, if any.</summary>
    public bool TryGet(string text, out int id)
    {
        var hash = Hash(text);
        var texts = _texts;
        var mask = texts.Length - 1;
        for (var slot = SlotOf(hash); texts[slot] is { } known; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && (ReferenceEquals(known, text) || string.Equals(known, text)))
            {
                id = _ids[slot];
                return true;
            }
        }
        id = 0;
        return false;
    }

    /// <summary>Keeps <paramref name="id"/> for <paramref name="text"/>, which must not be kept already.</summary>
    public void Add(string text, int id)
    {
        var hash = Hash(text);
        Place(text, hash, id);
        // Kept at most half full, so that probes stay short.
        if (++Count * 2 > _texts.Length) Grow();
    }

    private void Place(string text, int hash, int id)
    {
        var mask = _texts.Length - 1;
        var slot = SlotOf(hash);
        while (_texts[slot] is not null) slot = (slot + 1) & mask;
        _texts[slot] = text;
        _hashes[slot] = hash;
        _ids[slot] = id;
    }

    // Words are short: the first and last four characters and the length tell nearly all of a draft's apart, without a
    // loop over the characters; the slot is taken from the high bits of a Fibonacci product.
    private static int Hash(string text)
    {
        var length = text.Length;
        ulong head, tail;
        if (length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(text.AsSpan());
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            head = 0;
            foreach (var c in text) head = (head << 16) | c;
            tail = 0;
        }
        var mixed = (head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)length;
        return (int)(mixed >> 32) ^ (int)mixed;
    }

    private int SlotOf(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

    private void Grow()
    {
        var texts = _texts;
        var hashes = _hashes;
        var ids = _ids;
        _texts = new string?[texts.Length * 2];
        _hashes = new int[texts.Length * 2];
        _ids = new int[texts.Length * 2];
        _shift--;
        for (var i = 0; i < texts.Length; i++)
            if (texts[i] is { } text) Place(text, hashes[i], ids[i]);
    }
}
