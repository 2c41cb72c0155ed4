using Checker.Core.Claims;
using Checker.Core.Prose;

namespace Checker.Core.Incremental;

/// <summary>
/// One incremental extraction: reads the previous version's memory, and collects this version's memory, which claims
/// were copies of the previous version's (so their judgements can be reused without recomputing anything), and counts.
/// </summary>
/// <remarks>
/// Every claim a version remembers gets a slot: its place in the order extraction remembered them (see
/// <see cref="RememberedSentence.FirstSlot"/>). A copy records the slot of the previous version's claim it copies, and
/// the judging step finds the claims in the same order: no table keyed by claim identity, whose hashing of thousands of
/// new objects per keystroke was a visible share of a keystroke.
/// </remarks>
internal sealed class ExtractionReuse(ExtractionMemory? previous)
{
    // Sized for a version about as long as the previous one: growing it sentence by sentence rehashed every key.
    private readonly Dictionary<SentenceKey, RememberedSentence> _next = new(previous?.Sentences.Count ?? 0);

    private readonly List<Claim> _slots = new(previous?.SlotCount ?? 0);
    private readonly List<int> _originSlots = new(previous?.SlotCount ?? 0);

    /// <summary>This version's remembered claims, by slot, in the order they stand in the extracted claims.</summary>
    public IReadOnlyList<Claim> Slots => _slots;

    /// <summary>By slot: the slot of the previous version's claim this one copies, or -1 for a claim read afresh.</summary>
    public IReadOnlyList<int> OriginSlots => _originSlots;

    public int SentencesReused { get; private set; }
    public int SentencesExtracted { get; private set; }

    /// <summary>This version's memory, once extraction has run (see <see cref="Finish"/>).</summary>
    public ExtractionMemory? Memory { get; private set; }

    /// <summary>The previous version's capitalised words, for this version to take over where its sentences are unchanged.</summary>
    public SentenceTokens.KeptWords? PreviousWords => previous?.Words;

    /// <summary>Called once extraction has run with <paramref name="options"/>: this version's memory is complete (the
    /// words its <paramref name="tokens"/> keep fill up as the rules read them; the next version reads them once this check has finished).</summary>
    public void Finish(RecognizerOptions options, SentenceTokens tokens) => Memory = new ExtractionMemory(options, _next, tokens.Kept, _slots.Count);

    /// <summary>The sentence's claims copied from the previous version (or an equal sentence earlier in this one), moved to <paramref name="start"/>.</summary>
    public bool TryReuse(SentenceKey key, int start, RecognizerOptions options, out List<Claim> claims)
    {
        claims = [];
        var earlierInThisVersion = _next.TryGetValue(key, out var known);
        if (!earlierInThisVersion && (previous is null || previous.Options != options || !previous.Sentences.TryGetValue(key, out known)))
            return false;
        var firstSlot = _slots.Count;
        for (var c = 0; c < known!.Claims.Count; c++)
        {
            if (ClaimCopy.Moved(known.Claims[c], start - known.Start) is not { } copy)
            {
                claims.Clear();
                _slots.RemoveRange(firstSlot, _slots.Count - firstSlot);
                _originSlots.RemoveRange(firstSlot, _originSlots.Count - firstSlot);
                return false;
            }
            claims.Add(copy);
            _slots.Add(copy);
            // A copy of a copy (an equal sentence earlier in this version) goes back to the first one's origin.
            _originSlots.Add(earlierInThisVersion ? _originSlots[known.FirstSlot + c] : known.FirstSlot + c);
        }
        _next.TryAdd(key, new RememberedSentence(start, claims, firstSlot));
        SentencesReused++;
        return true;
    }

    /// <summary>Keeps a freshly extracted sentence's claims for the next version. Only sentences whose claims stand wholly in
    /// the sentence are kept (a time anchor read from a table's headers is not: see <see cref="ClaimExtractor"/>).</summary>
    public void Remember(SentenceKey key, int start, IReadOnlyList<Claim> claims)
    {
        if (!_next.TryAdd(key, new RememberedSentence(start, claims, _slots.Count))) return;
        for (var c = 0; c < claims.Count; c++)
        {
            _slots.Add(claims[c]);
            _originSlots.Add(-1);
        }
    }

    /// <summary>Counts a sentence extracted afresh.</summary>
    public void Extracted() => SentencesExtracted++;
}
