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
    /// <summary>What the last finished check knew: its sentences' claims, and each claim's signature and judgement.</summary>
    private sealed record State(
        ExtractionMemory? Extraction,
        IReadOnlyDictionary<string, Judgement> BySignature,
        IReadOnlyDictionary<Claim, (string Signature, Judgement Judgement)> ByClaim);

    private volatile State _state = new(null, new Dictionary<string, Judgement>(), new Dictionary<Claim, (string, Judgement)>());

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
        Dictionary<Claim, (string, Judgement)>? byClaim = null;
        var result = Source.Check(markdown, options, (claims, asOf) =>
        {
            var (judgements, signatures, claimsJudged, reused) = JudgeReusing(claims, asOf, previous, reuse.Origins);
            (bySignature, byClaim) = (signatures, claimsJudged);
            LastReused = reused;
            return judgements;
        }, reuse);
        _state = new State(reuse.Memory, bySignature!, byClaim!);
        LastSentencesReused = reuse.SentencesReused;
        LastSentencesExtracted = reuse.SentencesExtracted;
        return result;
    }

    private (List<Judgement>, Dictionary<string, Judgement>, Dictionary<Claim, (string, Judgement)>, int) JudgeReusing(
        IReadOnlyList<Claim> claims, DateOnly asOf, State previous, IReadOnlyDictionary<Claim, Claim> origins)
    {
        var bySignature = new Dictionary<string, Judgement>(claims.Count, StringComparer.Ordinal);
        var byClaim = new Dictionary<Claim, (string, Judgement)>(claims.Count, ReferenceEqualityComparer.Instance);
        var judgements = new List<Judgement>(claims.Count);
        var reused = 0;
        foreach (var claim in claims)
        {
            string key;
            Judgement judgement;
            // A copied claim equals its origin in everything but position, and the as-of date is part of what made it a
            // copy: its judgement carries over without computing its signature.
            if (origins.TryGetValue(claim, out var origin) && previous.ByClaim.TryGetValue(origin, out var known))
            {
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
            byClaim[claim] = (key, judgement);
            judgements.Add(judgement);
        }
        return (judgements, bySignature, byClaim, reused);
    }
}
