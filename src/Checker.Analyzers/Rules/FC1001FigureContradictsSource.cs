using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>A figure the matched source contradicts: "$7.5 billion" where the source says $6.5 billion.</summary>
[Rule]
public sealed class FC1001FigureContradictsSource : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC1001", "Figure contradicts the source",
        Category.Refuted, Severity.Warning, "A figure falls outside what the source that states it allows.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.ValueContradicted || j.Claim is not QuantityClaim claim || j.Fact?.Claim is not QuantityClaim source) continue;
            var said = source.Text;
            context.Report(claim.Span,
                $"The source says {said} ({RuleContext.Provenance(j.Fact)}); the draft says {claim.Text}.",
                j.Fact.Evidence, QuantityFixes.ReplaceWithSource(claim, source), claim: claim);
        }
    }
}
