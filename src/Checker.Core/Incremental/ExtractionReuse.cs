using Checker.Core.Claims;
using Checker.Core.Prose;

namespace Checker.Core.Incremental;

/// <summary>
/// One incremental extraction: reads the previous version's memory, and collects this version's memory, which claims
/// were copies of the previous version's (so their judgements can be reused without recomputing anything), and counts.
/// </summary>
internal sealed class ExtractionReuse(ExtractionMemory? previous)
{
    // Sized for a version about as long as the previous one: growing it sentence by sentence rehashed every key.
    private readonly Dictionary<SentenceKey, RememberedSentence> _next = new(previous?.Sentences.Count ?? 0);

    /// <summary>Each reused claim → the previous version's claim it copies.</summary>
    public Dictionary<Claim, Claim> Origins { get; } = new(ReferenceEqualityComparer.Instance);

    public int SentencesReused { get; private set; }
    public int SentencesExtracted { get; private set; }

    /// <summary>This version's memory, once extraction has run (see <see cref="Finish"/>).</summary>
    public ExtractionMemory? Memory { get; private set; }

    /// <summary>The previous version's capitalised words, for this version to take over where its sentences are unchanged.</summary>
    public SentenceTokens.KeptWords? PreviousWords => previous?.Words;

    /// <summary>Called once extraction has run with <paramref name="options"/>: this version's memory is complete (the
    /// words its <paramref name="tokens"/> keep fill up as the rules read them; the next version reads them once this check has finished).</summary>
    public void Finish(RecognizerOptions options, SentenceTokens tokens) => Memory = new ExtractionMemory(options, _next, tokens.Kept);

    /// <summary>The sentence's claims copied from the previous version (or an equal sentence earlier in this one), moved to <paramref name="start"/>.</summary>
    public bool TryReuse(SentenceKey key, int start, RecognizerOptions options, out List<Claim> claims)
    {
        claims = [];
        if (!_next.TryGetValue(key, out var known)
            && (previous is null || previous.Options != options || !previous.Sentences.TryGetValue(key, out known)))
            return false;
        foreach (var claim in known.Claims)
        {
            if (ClaimCopy.Moved(claim, start - known.Start) is not { } copy) { claims.Clear(); return false; }
            claims.Add(copy);
            Origins[copy] = Origins.GetValueOrDefault(claim, claim);
        }
        _next.TryAdd(key, new RememberedSentence(start, claims));
        SentencesReused++;
        return true;
    }

    /// <summary>Keeps a freshly extracted sentence's claims for the next version. Only sentences whose claims stand wholly in
    /// the sentence are kept (a time anchor read from a table's headers is not: see <see cref="ClaimExtractor"/>).</summary>
    public void Remember(SentenceKey key, int start, IReadOnlyList<Claim> claims) => _next.TryAdd(key, new RememberedSentence(start, claims));

    /// <summary>Counts a sentence extracted afresh.</summary>
    public void Extracted() => SentencesExtracted++;
}
