using System.Globalization;
using Humanizer;

namespace Checker.Core.Claims;

/// <summary>Writes a source's figure in the draft's own style: "$81.8-billion" in a draft that writes "$91.8 billion" becomes "$81.8 billion".</summary>
public static class FigureFormatter
{
    /// <summary>The text that replaces the draft claim's whole span: the source's qualifier, its value in the draft's style, the draft's noun.</summary>
    public static string Replacement(QuantityClaim draft, QuantityClaim source, bool useSourceCurrency = false)
    {
        var qualifier = source.Qualifier == QualifierKind.None ? "" : (source.QualifierText.Length > 0 ? source.QualifierText : Qualifiers.Describe(source.Qualifier));
        if (qualifier.Length > 0 && draft.Text.Length > 0 && char.IsUpper(draft.Text[0])) qualifier = char.ToUpperInvariant(qualifier[0]) + qualifier[1..];
        else if (qualifier.Length > 0) qualifier = qualifier.ToLowerInvariant();
        var figure = Figure(draft, source, useSourceCurrency);
        if (qualifier.Length == 0 && draft.Text.Length > 0 && char.IsUpper(draft.Text[0]) && char.IsLetter(figure[0]))
            figure = char.ToUpperInvariant(figure[0]) + figure[1..];
        var noun = draft.Kind is ClaimKind.Count or ClaimKind.Duration ? " " + draft.Noun : "";
        return (qualifier.Length > 0 ? qualifier + " " : "") + figure + noun;
    }

    /// <summary>The source's value in the draft's style, without qualifier or noun.</summary>
    public static string Figure(QuantityClaim draft, QuantityClaim source, bool useSourceCurrency = false)
    {
        var style = draft.Style;
        var scale = style.Scale;
        // A draft figure without scale ("$6,500") but a large source value: keep digits, grouped.
        var scaled = source.Value / scale;
        if (scaled < 1 && scale > 1) { scale = source.Style.Scale; scaled = source.Value / scale; style = style with { ScaleWord = source.Style.ScaleWord, ScaleSeparator = source.Style.ScaleSeparator.Length > 0 ? source.Style.ScaleSeparator : " " }; }
        string number;
        if (style.Words && scaled == Math.Floor(scaled) && scaled < 1_000_000) number = ((int)scaled).ToWords(English.Culture);
        else
        {
            var decimals = Math.Max(source.Style.Decimals, Decimals(scaled));
            number = scaled.ToString(scaled >= 1000 ? "N" + decimals : "F" + decimals, English.Culture);
        }
        var prefix = useSourceCurrency ? source.Style.Prefix : style.Prefix;
        if (useSourceCurrency && prefix.Length == 0) prefix = style.Prefix;
        var suffix = useSourceCurrency && source.Style.Suffix.Length > 0 ? source.Style.Suffix : style.Suffix;
        var scaleText = style.ScaleWord.Length == 0 ? "" : style.ScaleSeparator + style.ScaleWord;
        return prefix + number + scaleText + suffix;
    }

    private static int Decimals(double value)
    {
        for (var d = 0; d <= 3; d++)
        {
            if (Math.Abs(Math.Round(value, d) - value) < 1e-9) return d;
        }
        return 3;
    }
}
