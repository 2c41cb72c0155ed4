using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

public sealed partial class FactMatcher
{
    /// <summary>A date is considered against an event whose clause shares a word with its own and scores this well.</summary>
    public const double DateMinScore = 0.2;

    /// <summary>Dates say little about what they date, so contradicting one takes a closer match than supporting it.</summary>
    public const double DateFlagScore = 0.3;

    private const double DaysPerYear = 365.25;

    /// <summary>A bar above any cosine: a fact must have a head the index agrees with to be returned at all.</summary>
    private const double NoBar = 2;

    /// <summary>The index asks only about heads sharing a term with the claim's: for dates and durations that is enough (HeadsMeet).</summary>
    private static bool HeadsShareATerm(HeadOverlap heads) => true;

    /// <summary>A date the sources give for the same event: supported when the two overlap, refuted when they cannot.</summary>
    private Judgement JudgeDate(DateClaim claim, DateOnly asOf)
    {
        var scratch = JudgeScratch.Cleared();
        var candidates = scratch.Candidates;
        // An event is considered only when its head meets the claim's (any head found through a shared term does) and
        // it scores DateMinScore; NoBar keeps out every other fact. The index returns just those, in fact-base order.
        _facts.ContextIndexOf(ClaimKind.Date).Candidates(claim.Context, null, HeadsShareATerm, DateMinScore, NoBar, scratch.Matches);
        foreach (var (fact, score, _) in scratch.Matches)
        {
            if (fact.Date > asOf || fact.Claim is not DateClaim source || source.IsRange != claim.IsRange) continue;
            var fits = Overlap(claim.From, claim.To, source.From, source.To)
                       && (!claim.IsRange || Overlap(claim.EndFrom!.Value, claim.EndTo!.Value, source.EndFrom!.Value, source.EndTo!.Value));
            var (verdict, finding) = fits ? (Verdict.Supported, Finding.None) : (Verdict.Refuted, Finding.DateContradicted);
            candidates.Add((new Candidate(fact, score, true, verdict, finding), fact));
        }
        return Decide(claim, candidates, "no source dates this event", DateFlagScore);
    }

    /// <summary>
    /// A duration that runs to the document's date says when its span began: "almost four years of war" in January 2026
    /// puts the war's start between January and May 2022. Two durations agree when the starts they imply overlap.
    /// </summary>
    private Judgement JudgeDuration(QuantityClaim claim, DateOnly asOf)
    {
        if (!claim.Elapsed) return Unsupported(claim, [], "only durations that run up to the draft's date are checked");
        var (claimFrom, claimTo) = ImpliedStart(claim, asOf);
        var scratch = JudgeScratch.Cleared();
        var candidates = scratch.Candidates;
        // As for dates: only spans whose head meets the claim's and that score MinScore are considered.
        _facts.ContextIndexOf(ClaimKind.Duration).Candidates(claim.Context, null, HeadsShareATerm, MinScore, NoBar, scratch.Matches);
        foreach (var (fact, score, _) in scratch.Matches)
        {
            if (fact.Date > asOf || fact.Claim is not QuantityClaim { Elapsed: true } source) continue;
            var (from, to) = ImpliedStart(source, fact.Date);
            var (verdict, finding) = Overlap(claimFrom, claimTo, from, to) ? (Verdict.Supported, Finding.None) : (Verdict.Refuted, Finding.DurationContradicted);
            candidates.Add((new Candidate(fact, score, true, verdict, finding), fact));
        }
        return Decide(claim, candidates, "no source measures this span");
    }

    /// <summary>The earliest and latest start a duration allows, counted back from the date it was written.</summary>
    public static (DateOnly From, DateOnly To) ImpliedStart(QuantityClaim duration, DateOnly written)
    {
        var days = duration.Unit switch { "year" => DaysPerYear, "decade" => DaysPerYear * 10, "month" => DaysPerYear / 12, "week" => 7.0, "hour" => 1 / 24.0, _ => 1.0 };
        var longest = Math.Min(duration.Interval.Max * days, MaxSpanDays);
        // Capped too: a figure of thousands of digits ("four2022…2022 years") must not overflow the date arithmetic.
        var shortest = Math.Clamp(duration.Interval.Min * days, 0, MaxSpanDays);
        return (DaysBefore(written, (int)Math.Ceiling(longest)), DaysBefore(written, (int)Math.Floor(shortest)));
    }

    /// <summary>No span a source measures is longer than this; longer claimed spans are read as this long.</summary>
    private const double MaxSpanDays = 365 * 500;

    /// <summary><paramref name="days"/> before <paramref name="date"/>, or the first date there is when that is earlier.</summary>
    private static DateOnly DaysBefore(DateOnly date, int days) =>
        date.DayNumber - DateOnly.MinValue.DayNumber < days ? DateOnly.MinValue : date.AddDays(-days);

    private static bool Overlap(DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo) => aFrom <= bTo && bFrom <= aTo;
}
