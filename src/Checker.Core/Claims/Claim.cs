using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

public enum ClaimKind { Money, Count, Percent, Duration, Date, Title }

/// <summary>When a claim says its figure holds: "since 2022" (a running total) or "in 2023" / "as of August 2023".</summary>
public enum AnchorKind { Since, At }

public sealed record TimeAnchor(AnchorKind Kind, DateOnly From, DateOnly To, string Text);

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
}
