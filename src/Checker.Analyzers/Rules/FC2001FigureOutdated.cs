using System.Globalization;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>An undated figure that was right once but that a newer source has replaced by the draft's date.</summary>
[Rule]
public sealed class FC2001FigureOutdated : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC2001", "Figure is outdated",
        Category.Stale, Severity.Warning, "An undated figure matches an older value of a quantity that a newer source has replaced.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.Outdated || j.Claim is not QuantityClaim claim || j.Fact?.Claim is not QuantityClaim old
                || j.Current?.Claim is not QuantityClaim current) continue;
            var when = j.Fact.Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            var fixes = new List<Fix>(QuantityFixes.ReplaceWithSource(claim, current));
            fixes.Add(new Fix($"Date it: {claim.Text} as of {when}", [new TextEdit(claim.Span, $"{claim.Text} as of {when}")]));
            context.Report(claim.Span,
                $"Outdated as of {context.AsOf:yyyy-MM-dd}: {old.Text} was the figure in {when} ({RuleContext.Provenance(j.Fact)}); " +
                $"the newer source says {current.Text} ({RuleContext.Provenance(j.Current)}).",
                [.. j.Fact.Evidence, .. j.Current.Evidence], fixes, claim: claim);
        }
    }
}
