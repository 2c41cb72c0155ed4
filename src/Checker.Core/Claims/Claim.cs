using Checker.Core.Text;

namespace Checker.Core.Claims;

public enum ClaimKind { Money, Count, Percent, Duration, Date, Title }

/// <summary>When a claim says its figure holds: "since 2022" (a running total) or "in 2023" / "as of August 2023".</summary>
public enum AnchorKind { Since, At }

public sealed record TimeAnchor(AnchorKind Kind, DateOnly From, DateOnly To, string Text, TextSpan Span = default);

/// <summary>A factual statement found in prose, with its exact span and what surrounds it.</summary>
public abstract class Claim
{
    protected Claim(ClaimKind kind, TextSpan span, string text)
    {
        Kind = kind;
        Span = span;
        Text = text;
    }

    public ClaimKind Kind { get; }
    public TextSpan Span { get; }
    public string Text { get; }

    /// <summary>The sentence the claim stands in (set by the extractor).</summary>
    public TextSpan SentenceSpan { get; internal set; }

    /// <summary>What the claim is a figure of: its context terms (set by the extractor).</summary>
    public ClaimContext Context { get; internal set; } = ClaimContext.Empty;

    public TimeAnchor? Anchor { get; internal set; }
}

/// <summary>How a figure was written, so a fix can write another value the same way ("$81.8-billion", "US$90 billion").</summary>
public sealed record FigureStyle(string Prefix, string ScaleWord, string ScaleSeparator, double Scale, string Suffix, int Decimals, bool Words)
{
    public static FigureStyle Plain { get; } = new("", "", "", 1, "", 0, false);
}

/// <summary>An amount of money, a count of things, a percentage or a duration.</summary>
public sealed class QuantityClaim : Claim
{
    public QuantityClaim(ClaimKind kind, TextSpan span, string text, double value, double step, QualifierKind qualifier,
        string qualifierText, string unit, bool unitExplicit, FigureStyle style, TextSpan figureSpan, string noun)
        : base(kind, span, text)
    {
        Value = value;
        Step = step;
        Qualifier = qualifier;
        QualifierText = qualifierText;
        Unit = unit;
        UnitExplicit = unitExplicit;
        Style = style;
        FigureSpan = figureSpan;
        Noun = noun;
        Interval = Qualifiers.IntervalFor(qualifier, value, step);
    }

    /// <summary>The figure as written, in base units (6.5e9 for "$6.5 billion").</summary>
    public double Value { get; }

    /// <summary>The precision the figure was written to, in base units (1e8 for "$6.5 billion").</summary>
    public double Step { get; }

    public QualifierKind Qualifier { get; }
    public string QualifierText { get; }
    public Interval Interval { get; }

    /// <summary>ISO currency for money ("CAD", "USD"; "$" when only a bare dollar sign says it), the counted noun's term for counts, "%" or a time unit.</summary>
    public string Unit { get; }

    /// <summary>Whether the draft itself names the unit (C$, US$, "euros"), rather than it being a default.</summary>
    public bool UnitExplicit { get; }

    public FigureStyle Style { get; }

    /// <summary>The figure alone, without its qualifier or noun: the part a fix replaces.</summary>
    public TextSpan FigureSpan { get; }

    /// <summary>The counted noun as written ("countries"), for counts and durations.</summary>
    public string Noun { get; }

    /// <summary>For a duration: it runs up to the document's date ("almost four years of war"), rather than being a span ahead or apart ("the next five years").</summary>
    public bool Elapsed { get; internal set; }
}

/// <summary>
/// A date or a range of dates: "Aug. 25, 2023", "in 2008", "from 2009 to 2014", or a relative expression ("on Tuesday",
/// "14 years ago", "last winter") resolved against the document's date. <see cref="From"/>..<see cref="To"/> is every
/// day the expression allows; a range also has an end.
/// </summary>
public sealed class DateClaim : Claim
{
    public DateClaim(TextSpan span, string text, DateOnly from, DateOnly to, DateOnly? endFrom = null, DateOnly? endTo = null, bool relative = false)
        : base(ClaimKind.Date, span, text)
    {
        From = from;
        To = to;
        EndFrom = endFrom;
        EndTo = endTo;
        Relative = relative;
    }

    public DateOnly From { get; }
    public DateOnly To { get; }
    public DateOnly? EndFrom { get; }
    public DateOnly? EndTo { get; }
    public bool IsRange => EndFrom is not null;

    /// <summary>Resolved from a relative expression ("on Tuesday") against the document's date.</summary>
    public bool Relative { get; }

    public string Describe() =>
        IsRange ? $"{DescribeOne(From, To)} to {DescribeOne(EndFrom!.Value, EndTo!.Value)}" : DescribeOne(From, To);

    public static string DescribeOne(DateOnly from, DateOnly to)
    {
        if (from == to) return from.ToString("yyyy-MM-dd");
        if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1)) return from.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        if (from.DayOfYear == 1 && to == new DateOnly(from.Year, 12, 31)) return from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}";
    }
}

/// <summary>A person named with an office: "Foreign Affairs Minister Anita Anand", "British Prime Minister Keir Starmer".</summary>
public sealed class TitleClaim : Claim
{
    public TitleClaim(TextSpan span, string text, string office, string officeText, string? country, string person, string personKey, bool former)
        : base(ClaimKind.Title, span, text)
    {
        Office = office;
        OfficeText = officeText;
        Country = country;
        Person = person;
        PersonKey = personKey;
        Former = former;
    }

    /// <summary>The office's canonical key ("foreign-minister").</summary>
    public string Office { get; }

    /// <summary>The office as written ("Foreign Affairs Minister").</summary>
    public string OfficeText { get; }

    /// <summary>Whose office, when the text says ("UK" for "British Prime Minister"); null when it does not.</summary>
    public string? Country { get; internal set; }

    public string Person { get; }

    /// <summary>The person's surname, name variants folded ("zelenskyy" for "Zelensky").</summary>
    public string PersonKey { get; }

    /// <summary>"former NATO Secretary General": a claim about the past.</summary>
    public bool Former { get; }

    /// <summary>Where the name stands: the part a fix naming the right holder replaces.</summary>
    public TextSpan PersonSpan { get; init; }

    /// <summary>Where the office stands: the part a fix naming the person's own office replaces.</summary>
    public TextSpan OfficeSpan { get; init; }
}
