using Checker.Core.Claims;

namespace Checker.Core.Matching;

/// <summary>
/// Compares a draft's figure with a source's, once they are known to measure the same thing. A source's unqualified
/// figure is taken at its word (a point); the draft's figure allows what its qualifier and precision allow, so a
/// rounded figure is not a wrong one. "Qualified" is not "contradicted": when the number is the source's and only a
/// qualifier differs, the finding is a changed qualifier.
/// </summary>
public static class QuantityComparer
{
    public static (Verdict Verdict, Finding Finding) Compare(QuantityClaim draft, QuantityClaim source)
    {
        var sourceInterval = SourceInterval(source);
        var sameNumber = SameNumber(draft.Value, source.Value);
        bool fits;
        if (sameNumber)
        {
            fits = draft.Qualifier == source.Qualifier
                   || (draft.Qualifier == QualifierKind.About ? draft.Interval.Overlaps(sourceInterval) : draft.Interval.Covers(sourceInterval));
        }
        else
        {
            fits = draft.Interval.Overlaps(sourceInterval);
        }

        if (!UnitsAgree(draft, source))
            return fits || sameNumber ? (Verdict.Refuted, Finding.UnitContradicted) : (Verdict.Refuted, Finding.ValueContradicted);
        if (fits) return (Verdict.Supported, Finding.None);
        return sameNumber ? (Verdict.Qualifier, Finding.QualifierChanged) : (Verdict.Refuted, Finding.ValueContradicted);
    }

    public static Interval SourceInterval(QuantityClaim source) =>
        source.Qualifier == QualifierKind.None ? Interval.Point(source.Value) : source.Interval;

    private static bool SameNumber(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b));

    /// <summary>A bare "$" agrees with any dollar; a currency the draft names must be the source's.</summary>
    public static bool UnitsAgree(QuantityClaim draft, QuantityClaim source)
    {
        if (draft.Kind != ClaimKind.Money) return true;
        if (!draft.UnitExplicit || draft.Unit == source.Unit) return true;
        return draft.Unit == "$" && source.Unit.EndsWith('D');
    }
}
