namespace Checker.Core.Claims;

public enum QualifierKind { None, MoreThan, AtLeast, Nearly, About, UpTo, FewerThan, Exactly }

/// <summary>
/// The one table of qualifiers and the intervals they make. A figure N with:
/// <list type="table">
/// <item><term>none</term><description>what its written precision allows: half a unit of its last significant digit either way, but never more than 15% of the figure ("$80 billion" is [75, 85) billion, "$7.5 billion" is [7.45, 7.55) billion, "$100 billion" is [85, 115) billion)</description></item>
/// <item><term>more than, over, upwards of, in excess of</term><description>(N, 1.5 N]: "more than 30" is not evidence for "more than 50"</description></item>
/// <item><term>at least, no fewer than</term><description>[N, 1.5 N]</description></item>
/// <item><term>nearly, almost, close to, just under</term><description>[0.9 N, N)</description></item>
/// <item><term>about, roughly, around, some, approximately</term><description>[0.9 N, 1.1 N]</description></item>
/// <item><term>up to, as many as, at most</term><description>[0, N]</description></item>
/// <item><term>fewer than, less than, under, below</term><description>[0, N)</description></item>
/// <item><term>exactly, precisely</term><description>[N, N]</description></item>
/// </list>
/// </summary>
public static class Qualifiers
{
    public const double MoreThanCeiling = 1.5;
    public const double NearlyFloor = 0.9;
    public const double AboutTolerance = 0.1;

    /// <summary>A round figure's precision is capped: "$100 billion" is not evidence for 55 billion.</summary>
    public const double RoundingCap = 0.15;

    /// <summary>Qualifier phrases, longest first so "more than" wins over "more".</summary>
    public static readonly IReadOnlyList<(string Phrase, QualifierKind Kind)> Phrases =
        new (string, QualifierKind)[]
        {
            ("no fewer than", QualifierKind.AtLeast), ("no less than", QualifierKind.AtLeast), ("a minimum of", QualifierKind.AtLeast),
            ("upwards of", QualifierKind.MoreThan), ("upward of", QualifierKind.MoreThan), ("in excess of", QualifierKind.MoreThan), ("well over", QualifierKind.MoreThan),
            ("just over", QualifierKind.MoreThan), ("more than", QualifierKind.MoreThan), ("greater than", QualifierKind.MoreThan),
            ("north of", QualifierKind.MoreThan), ("at least", QualifierKind.AtLeast),
            ("just under", QualifierKind.Nearly), ("close to", QualifierKind.Nearly), ("just shy of", QualifierKind.Nearly),
            ("as many as", QualifierKind.UpTo), ("as much as", QualifierKind.UpTo), ("up to", QualifierKind.UpTo),
            ("no more than", QualifierKind.UpTo), ("at most", QualifierKind.UpTo), ("a maximum of", QualifierKind.UpTo),
            ("fewer than", QualifierKind.FewerThan), ("less than", QualifierKind.FewerThan),
            ("an estimated", QualifierKind.About), ("in the region of", QualifierKind.About),
            ("over", QualifierKind.MoreThan), ("above", QualifierKind.MoreThan), ("exceeding", QualifierKind.MoreThan),
            ("nearly", QualifierKind.Nearly), ("almost", QualifierKind.Nearly), ("approaching", QualifierKind.Nearly),
            ("about", QualifierKind.About), ("roughly", QualifierKind.About), ("around", QualifierKind.About),
            ("approximately", QualifierKind.About), ("some", QualifierKind.About), ("circa", QualifierKind.About),
            ("~", QualifierKind.About), ("under", QualifierKind.FewerThan), ("below", QualifierKind.FewerThan),
            ("exactly", QualifierKind.Exactly), ("precisely", QualifierKind.Exactly), ("just", QualifierKind.Exactly),
        }.OrderByDescending(p => p.Item1.Split(' ').Length).ToArray();

    /// <summary>The interval a figure of <paramref name="value"/>, written to precision <paramref name="step"/>, allows under a qualifier.</summary>
    public static Interval IntervalFor(QualifierKind kind, double value, double step) => kind switch
    {
        QualifierKind.MoreThan => new Interval(value, value * MoreThanCeiling, MinOpen: true),
        QualifierKind.AtLeast => new Interval(value, value * MoreThanCeiling),
        QualifierKind.Nearly => new Interval(value * NearlyFloor, value, MaxOpen: true),
        QualifierKind.About => new Interval(value * (1 - AboutTolerance), value * (1 + AboutTolerance)),
        QualifierKind.UpTo => new Interval(0, value),
        QualifierKind.FewerThan => new Interval(0, value, MaxOpen: true),
        QualifierKind.Exactly => Interval.Point(value),
        _ => new Interval(value - Math.Min(step / 2, value * RoundingCap), value + Math.Min(step / 2, value * RoundingCap), MaxOpen: true),
    };

    /// <summary>How a writer says the qualifier, for messages and fixes.</summary>
    public static string Describe(QualifierKind kind) => kind switch
    {
        QualifierKind.MoreThan => "more than",
        QualifierKind.AtLeast => "at least",
        QualifierKind.Nearly => "nearly",
        QualifierKind.About => "about",
        QualifierKind.UpTo => "up to",
        QualifierKind.FewerThan => "fewer than",
        QualifierKind.Exactly => "exactly",
        _ => "",
    };
}
