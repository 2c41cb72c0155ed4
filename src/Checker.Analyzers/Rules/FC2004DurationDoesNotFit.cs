using Humanizer;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>A duration that does not fit the draft's date: "the war has lasted more than five years" in January 2026.</summary>
[Rule]
public sealed class FC2004DurationDoesNotFit : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC2004", "Duration does not fit the draft's date",
        Category.Refuted, Severity.Warning, "Counted back from the draft's date, the duration starts when the sources say the span had not begun, or had long begun.");

    /// <summary>What the sources allow at the draft's date, said conservatively: "more than three years".</summary>
    private static IReadOnlyList<Fix> Fixes(QuantityClaim claim, double shortestYears)
    {
        if (claim.Unit != "year" || shortestYears < 1) return [];
        var whole = (int)Math.Floor(shortestYears);
        var number = claim.Style.Words ? whole.ToWords(System.Globalization.CultureInfo.GetCultureInfo("en-US")) : whole.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = $"more than {number} year{(whole == 1 ? "" : "s")}";
        if (char.IsUpper(claim.Text[0])) text = char.ToUpperInvariant(text[0]) + text[1..];
        return [new Fix($"Replace with {text}", [new TextEdit(claim.Span, text)], IsPreferred: true)];
    }

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.DurationContradicted || j.Claim is not QuantityClaim claim || j.Fact?.Claim is not QuantityClaim source) continue;
            var (from, to) = FactMatcher.ImpliedStart(source, j.Fact.Date);
            var years = (context.AsOf.DayNumber - from.DayNumber) / 365.25;
            var yearsTo = (context.AsOf.DayNumber - to.DayNumber) / 365.25;
            context.Report(claim.Span,
                $"As of {context.AsOf:yyyy-MM-dd} this has lasted {yearsTo:0.#} to {years:0.#} years: the source says {source.Text} on {j.Fact.Date:yyyy-MM-dd} " +
                $"({RuleContext.Provenance(j.Fact)}), so it began between {from:yyyy-MM} and {to:yyyy-MM}; the draft says {claim.Text}.",
                j.Fact.Evidence, Fixes(claim, yearsTo), claim: claim);
        }
    }
}
