using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Matching;

namespace Checker.Core.Incremental;

/// <summary>
/// Checks successive versions of one draft through <see cref="DraftChecker"/>'s own pipeline, re-doing only what an
/// edit changed:
/// <list type="bullet">
/// <item>Extraction: a sentence whose inputs are unchanged (its text, its neighbours, its block's heading or table
/// headers, the recognizer options and as-of date: its <see cref="SentenceKey"/>) gets the previous version's claims,
/// moved to where it now stands, without being tokenized or read again.</item>
/// <item>Matching: a claim copied that way keeps its judgement outright; any other claim reuses the judgement of a
/// previous claim with the same <see cref="ClaimSignature"/> (everything the matcher reads: text, value, qualifier, unit,
/// context, time anchor) and as-of date.</item>
/// </list>
/// Parsing, sentence splitting, the rules and suppressions run over the whole draft every time. The result equals a
/// fresh check. One instance per draft and fact base; safe to call from several threads (each call reads the last
/// finished state and publishes its own).
/// </summary>
public sealed class IncrementalChecker
{
    /// <summary>What the last finished check knew: its sentences' claims, judgements by signature, and each remembered
    /// claim's signature and judgement by its slot (see <see cref="ExtractionReuse"/>).</summary>
    private sealed record State(
        ExtractionMemory? Extraction,
        IReadOnlyDictionary<string, Judgement> BySignature,
        (string Signature, Judgement Judgement)[] BySlot);

    private volatile State _state = new(null, new Dictionary<string, Judgement>(), []);

    public IncrementalChecker(DraftChecker checker) => Source = checker;

    /// <summary>The checker whose pipeline and fact base this one uses.</summary>
    public DraftChecker Source { get; }

    /// <summary>How many judgements the last check reused.</summary>
    public int LastReused { get; private set; }

    /// <summary>How many sentences the last check took over from the previous version (or from an equal sentence) without reading them again.</summary>
    public int LastSentencesReused { get; private set; }

    /// <summary>How many sentences the last check read afresh.</summary>
    public int LastSentencesExtracted { get; private set; }

    public CheckResult Check(string markdown, CheckOptions options)
    {
        var previous = _state;
        var reuse = new ExtractionReuse(previous.Extraction);
        Dictionary<string, Judgement>? bySignature = null;
        (string, Judgement)[]? bySlot = null;
        var result = Source.Check(markdown, options, (claims, asOf) =>
        {
            var (judgements, signatures, slotsJudged, reused) = JudgeReusing(claims, asOf, previous, reuse);
            (bySignature, bySlot) = (signatures, slotsJudged);
            LastReused = reused;
            return judgements;
        }, reuse);
        _state = new State(reuse.Memory, bySignature!, bySlot!);
        LastSentencesReused = reuse.SentencesReused;
        LastSentencesExtracted = reuse.SentencesExtracted;
        return result;
    }

    private (List<Judgement>, Dictionary<string, Judgement>, (string, Judgement)[], int) JudgeReusing(
        IReadOnlyList<Claim> claims, DateOnly asOf, State previous, ExtractionReuse reuse)
    {
        var bySignature = new Dictionary<string, Judgement>(claims.Count, StringComparer.Ordinal);
        var slots = reuse.Slots;
        var bySlot = new (string, Judgement)[slots.Count];
        var judgements = new List<Judgement>(claims.Count);
        var reused = 0;
        // The remembered claims stand in the claims in slot order; the others (not remembered) are skipped over.
        var nextSlot = 0;
        foreach (var claim in claims)
        {
            var slot = nextSlot < slots.Count && ReferenceEquals(slots[nextSlot], claim) ? nextSlot++ : -1;
            var originSlot = slot < 0 ? -1 : reuse.OriginSlots[slot];
            string key;
            Judgement judgement;
            // A copied claim equals its origin in everything but position, and the as-of date is part of what made it a
            // copy: its judgement carries over without computing its signature.
            if (originSlot >= 0 && originSlot < previous.BySlot.Length && previous.BySlot[originSlot] is ({ } knownSignature, { } knownJudgement))
            {
                var known = (Signature: knownSignature, Judgement: knownJudgement);
                key = known.Signature;
                judgement = known.Judgement with { Claim = claim };
                reused++;
            }
            else
            {
                key = ClaimSignature.Of(claim, asOf);
                if (bySignature.TryGetValue(key, out var same) || previous.BySignature.TryGetValue(key, out same))
                {
                    judgement = same with { Claim = claim };
                    reused++;
                }
                else
                {
                    judgement = Source.Judge(claim, asOf);
                }
            }
            bySignature.TryAdd(key, judgement);
            if (slot >= 0) bySlot[slot] = (key, judgement);
            judgements.Add(judgement);
        }
        return (judgements, bySignature, bySlot, reused);
    }
}
