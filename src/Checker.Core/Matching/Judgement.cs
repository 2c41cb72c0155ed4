using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

public enum Verdict { Supported, Refuted, Qualifier, Stale, Internal, Unsupported }

/// <summary>Why a claim got its verdict; rules report on findings.</summary>
public enum Finding
{
    None,
    /// <summary>The figure falls outside what the matched fact allows.</summary>
    ValueContradicted,
    /// <summary>The figure is the source's, in another currency or unit.</summary>
    UnitContradicted,
    /// <summary>The number is the source's, but a qualifier changes what it says.</summary>
    QualifierChanged,
    /// <summary>The figure was right once; a newer source has replaced it by the draft's date.</summary>
    Outdated,
    /// <summary>No fact covers the claim, or the match was ambiguous.</summary>
    NoSource,
    /// <summary>A date or year the sources give otherwise for the same event.</summary>
    DateContradicted,
    /// <summary>A duration that does not fit the draft's date, given when the sources say the span began.</summary>
    DurationContradicted,
    /// <summary>A title its holder no longer had at the draft's date.</summary>
    TitleOutdated,
    /// <summary>A title the sources give to someone else.</summary>
    TitleContradicted,
}

/// <summary>A fact considered for a claim, with how well their contexts agree.</summary>
public sealed record Candidate(Fact Fact, double Score, bool HeadsMeet, Verdict Verdict, Finding Finding);

/// <summary>The verdict on one claim: the fact it was judged against (if any) and every candidate considered.</summary>
public sealed record Judgement(Claim Claim, Verdict Verdict, Finding Finding, Fact? Fact, IReadOnlyList<Candidate> Candidates, string Reason)
{
    /// <summary>For an outdated claim, the fact that replaced it; otherwise the matched fact.</summary>
    public Fact? Current { get; init; }
}
