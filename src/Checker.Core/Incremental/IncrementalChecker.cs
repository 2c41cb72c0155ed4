using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Matching;

namespace Checker.Core.Incremental;

/// <summary>
/// Checks successive versions of one draft through <see cref="DraftChecker.Check(string, CheckOptions, Func{IReadOnlyList{Claim}, DateOnly, IReadOnlyList{Judgement}})"/>, but keeps each
/// claim's judgement from the previous version and reuses it when the claim's <see cref="ClaimSignature"/> (everything
/// the matcher reads: text, value, qualifier, unit, context from its sentence, neighbours and block, time anchor) and
/// the as-of date are unchanged. Parsing, extraction and the rules run over the whole draft every time (they are
/// cheap); matching, the expensive part, runs only for claims that changed. The result equals a fresh check.
/// One instance per draft and fact base; safe to call from several threads (each call reads the last finished map).
/// </summary>
public sealed class IncrementalChecker
{
    private volatile Dictionary<string, Judgement> _previous = new(StringComparer.Ordinal);

    public IncrementalChecker(DraftChecker checker) => Source = checker;

    /// <summary>The checker whose pipeline and fact base this one uses.</summary>
    public DraftChecker Source { get; }

    /// <summary>How many judgements the last check reused.</summary>
    public int LastReused { get; private set; }

    public CheckResult Check(string markdown, CheckOptions options) => Source.Check(markdown, options, JudgeReusing);

    private IReadOnlyList<Judgement> JudgeReusing(IReadOnlyList<Claim> claims, DateOnly asOf)
    {
        var previous = _previous;
        var next = new Dictionary<string, Judgement>(claims.Count, StringComparer.Ordinal);
        var judgements = new List<Judgement>(claims.Count);
        var reused = 0;
        foreach (var claim in claims)
        {
            var key = ClaimSignature.Of(claim, asOf);
            Judgement judgement;
            if (next.TryGetValue(key, out var known) || previous.TryGetValue(key, out known))
            {
                judgement = known with { Claim = claim };
                reused++;
            }
            else
            {
                judgement = Source.Judge(claim, asOf);
            }
            next.TryAdd(key, judgement);
            judgements.Add(judgement);
        }
        _previous = next;
        LastReused = reused;
        return judgements;
    }
}
