using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

/// <summary>
/// Finds the fact a claim speaks of and judges the claim against it, as of the draft's date. A claim matches a fact
/// only when kind and unit fit and their contexts agree, never on the number alone; when two different quantities
/// fit about equally well, the claim is left unsupported rather than guessed at.
/// </summary>
public sealed partial class FactMatcher
{
    /// <summary>Below this context similarity a fact is not considered at all.</summary>
    public const double MinScore = 0.2;

    /// <summary>When the claim names no measure ("over $2 billion announced at the summit"), its context must agree this well.</summary>
    public const double HeadlessScore = 0.35;

    /// <summary>When the claim names another measure than the fact, the contexts must agree this well.</summary>
    public const double StrongScore = 0.7;

    /// <summary>A flag needs its fact to beat any other quantity's by this much.</summary>
    public const double Margin = 0.08;

    /// <summary>A supporting fact counts if it scores at least this share of the best candidate.</summary>
    public const double SupportShare = 0.6;

    private readonly FactBase _facts;

    private readonly Lazy<TitleIndex> _titles;

    public FactMatcher(FactBase facts)
    {
        _facts = facts;
        _titles = new Lazy<TitleIndex>(() => new TitleIndex(facts.OfKind(ClaimKind.Title)));
    }

    public Judgement Judge(Claim claim, DateOnly asOf) => claim switch
    {
        // Durations measure spans between events, which only a time-aware judge can compare.
        QuantityClaim { Kind: ClaimKind.Duration } d => JudgeDuration(d, asOf),
        QuantityClaim q => JudgeQuantity(q, asOf),
        DateClaim d => JudgeDate(d, asOf),
        TitleClaim t => JudgeTitle(t, asOf),
        _ => Unsupported(claim, [], "no fact of this kind"),
    };

    private Judgement JudgeQuantity(QuantityClaim claim, DateOnly asOf)
    {
        var scratch = JudgeScratch.Cleared();
        // Candidates in the order found; a series' candidate that a better member replaced leaves a null slot, and the
        // slot of each series' candidate is remembered (a scan of the list per fact was quadratic with many candidates).
        var slots = scratch.Slots;
        var slotOf = scratch.SlotOfSeries; // by the index's series key
        // A count's noun already matched: "27 member states" and "30 countries backing the guarantees" share only that.
        var noun = claim.Kind == ClaimKind.Count ? _facts.Lexicon.Term(claim.Noun) : null;
        // The least score a fact needs: MinScore when the heads agree (a count's always do), HeadlessScore when the claim
        // names no measure, StrongScore otherwise. The index returns every fact that reaches its bar, in fact-base order
        // (ContextIndex.Candidates), so those it leaves out would have been skipped here before touching a series
        // slot: the candidates, their order and their scores are the same as scoring every fact of the kind.
        var (agreeingBar, otherBar) = noun is not null ? (MinScore, MinScore)
            : claim.Context.Head.Count == 0 ? (HeadlessScore, HeadlessScore)
            : (MinScore, StrongScore);
        var index = _facts.ContextIndexOf(claim.Kind);
        // A series is judged once: the judgement depends on the series, the claim and the date, not on which member led to it.
        var judgedSeries = scratch.JudgedSeries;
        index.Candidates(claim.Context, noun, ContextSimilarity.HeadsAgree, agreeingBar, otherBar, scratch.Matches);
        foreach (var (fact, score, headsAgree, series) in scratch.Matches)
        {
            // A member of a series already seen whose candidate scores at least as well (or that has none) changes
            // nothing. Asked first because it reads only the index's numbers, not the fact (at scale most candidates
            // are such members); the checks below only skip a fact too, so their order does not matter.
            var seen = slotOf.TryGetValue(series, out var existing);
            if (seen && (existing < 0 || slots[existing]!.Value.Candidate.Score >= score)) continue;
            if (fact.Claim is not QuantityClaim source || !SameMeasure(claim, source)) continue;
            if (fact.Date > asOf) continue; // facts newer than the draft are never used against it
            if (!AnchorsAgree(claim, source)) continue;
            var heads = noun is not null || headsAgree;
            var needed = heads ? MinScore : claim.Context.Head.Count == 0 ? HeadlessScore : StrongScore;
            if (score < needed) continue;
            // One candidate per series: the best-scoring member speaks for it, replacing a worse one.
            if (seen) slots[existing] = null;
            slotOf[series] = -1; // seen, and no candidate until this member is judged
            if (!judgedSeries.TryGetValue(fact.Series, out var seriesJudgement))
                judgedSeries[fact.Series] = seriesJudgement = JudgeAgainstSeries(claim, fact.Series, asOf);
            var (verdict, finding, judged, current) = seriesJudgement;
            if (judged is null) continue;
            // A smaller figure without "since" may be one package of a running total, not the total: it cannot contradict it.
            if (finding == Finding.ValueContradicted && judged.Claim is QuantityClaim { Anchor.Kind: AnchorKind.Since } total
                && claim.Anchor?.Kind != AnchorKind.Since && claim.Interval.Max < total.Value) continue;
            slotOf[series] = slots.Count;
            slots.Add((new Candidate(judged, score, heads, verdict, finding), current!));
        }
        var candidates = scratch.Candidates;
        foreach (var slot in slots)
            if (slot.HasValue) candidates.Add(slot.Value);
        return Decide(claim, candidates, "no source states a figure of this in a matching context");
    }

    /// <summary>
    /// Picks the verdict from the candidates: any well-scoring candidate that supports the claim wins; otherwise the best
    /// candidate's verdict stands only if no candidate with another verdict comes within <see cref="Margin"/> of it.
    /// </summary>
    /// <param name="candidates">Sorted here, best first; a scratch list, so the judgement keeps a copy.</param>
    private static Judgement Decide(Claim claim, List<(Candidate Candidate, Fact Current)> candidates, string noneReason, double flagMinScore = MinScore)
    {
        candidates.Sort((a, b) => b.Candidate.Score.CompareTo(a.Candidate.Score));
        var list = new Candidate[candidates.Count];
        for (var i = 0; i < list.Length; i++) list[i] = candidates[i].Candidate;
        if (list.Length == 0) return Unsupported(claim, list, noneReason);

        var best = candidates[0];
        foreach (var support in candidates)
            if (support.Candidate.Verdict == Verdict.Supported && support.Candidate.Score >= best.Candidate.Score * SupportShare)
                return new Judgement(claim, Verdict.Supported, Finding.None, support.Candidate.Fact, list, "a source states this figure") { Current = support.Current };

        var rival = FirstRival(candidates);
        if (rival is not null && best.Candidate.Score - rival.Score < Margin)
            return Unsupported(claim, list, "two sources' figures fit this context about equally well");
        if (best.Candidate.Score < flagMinScore)
            return Unsupported(claim, list, "the closest source is not close enough to contradict the claim");
        return new Judgement(claim, best.Candidate.Verdict, best.Candidate.Finding, best.Candidate.Fact, list, "the best-matching source says otherwise")
        {
            Current = best.Current,
        };
    }

    /// <summary>The best-scoring candidate after the best whose verdict or finding differs from the best's, if any.</summary>
    private static Candidate? FirstRival(List<(Candidate Candidate, Fact Current)> bestFirst)
    {
        var best = bestFirst[0].Candidate;
        for (var i = 1; i < bestFirst.Count; i++)
        {
            var other = bestFirst[i].Candidate;
            if (other.Verdict != best.Verdict || other.Finding != best.Finding) return other;
        }
        return null;
    }

    /// <summary>
    /// Judges a claim against a series as of a date: against the value current then (or at the date the claim names),
    /// and, if that fails, against older values, which makes the claim outdated rather than wrong.
    /// </summary>
    private static (Verdict, Finding, Fact?, Fact?) JudgeAgainstSeries(QuantityClaim claim, FactSeries series, DateOnly asOf)
    {
        if (!series.IsOldestFirst) return JudgeAgainstUnorderedSeries(claim, series, asOf);
        // The facts known at asOf are the first `known` of the series, so each step below is a binary search of its
        // dates, and the same facts are picked as by the linear reading in JudgeAgainstUnorderedSeries.
        var facts = series.Facts;
        var known = series.CountPublishedBy(asOf);
        if (known == 0) return (Verdict.Unsupported, Finding.NoSource, null, null);
        Fact current;
        if (claim.Anchor is { Kind: AnchorKind.At } at)
        {
            var byAnchor = series.CountPublishedBy(at.To < asOf ? at.To : asOf);
            current = facts[byAnchor > 0 ? byAnchor - 1 : 0];
        }
        else
            current = facts[known - 1];
        var (verdict, finding) = QuantityComparer.Compare(claim, (QuantityClaim)current.Claim);
        if (verdict == Verdict.Supported || claim.Anchor is { Kind: AnchorKind.At }) return (verdict, finding, current, current);
        for (var i = series.CountPublishedBefore(current.Date) - 1; i >= 0; i--)
        {
            var older = facts[i];
            if (QuantityComparer.Compare(claim, (QuantityClaim)older.Claim).Verdict == Verdict.Supported)
                return (Verdict.Stale, Finding.Outdated, older, current);
        }
        return (verdict, finding, current, current);
    }

    /// <summary>As <see cref="JudgeAgainstSeries"/>, for a series whose facts are not oldest first (none is built so).</summary>
    private static (Verdict, Finding, Fact?, Fact?) JudgeAgainstUnorderedSeries(QuantityClaim claim, FactSeries series, DateOnly asOf)
    {
        var known = series.Facts.Where(f => f.Date <= asOf).ToList();
        if (known.Count == 0) return (Verdict.Unsupported, Finding.NoSource, null, null);
        Fact current;
        if (claim.Anchor is { Kind: AnchorKind.At } at)
            current = known.LastOrDefault(f => f.Date <= at.To) ?? known[0];
        else
            current = known[^1];
        var (verdict, finding) = QuantityComparer.Compare(claim, (QuantityClaim)current.Claim);
        if (verdict == Verdict.Supported || claim.Anchor is { Kind: AnchorKind.At }) return (verdict, finding, current, current);
        foreach (var older in known.Where(f => f.Date < current.Date).Reverse())
        {
            if (QuantityComparer.Compare(claim, (QuantityClaim)older.Claim).Verdict == Verdict.Supported)
                return (Verdict.Stale, Finding.Outdated, older, current);
        }
        return (verdict, finding, current, current);
    }

    private bool SameMeasure(QuantityClaim claim, QuantityClaim source) => claim.Kind switch
    {
        ClaimKind.Count => _facts.Lexicon.Term(claim.Noun) == _facts.Lexicon.Term(source.Noun),
        ClaimKind.Duration => claim.Unit == source.Unit,
        _ => true,
    };

    /// <summary>"Since 2022" and "since 2014" are different running totals.</summary>
    private static bool AnchorsAgree(QuantityClaim claim, QuantityClaim source) =>
        !(claim.Anchor is { Kind: AnchorKind.Since } a && source.Anchor is { Kind: AnchorKind.Since } b && a.From.Year != b.From.Year);

    private static Judgement Unsupported(Claim claim, IReadOnlyList<Candidate> candidates, string reason) =>
        new(claim, Verdict.Unsupported, Finding.NoSource, null, candidates, reason);
}
