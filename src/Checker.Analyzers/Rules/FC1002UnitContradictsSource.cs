using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>The source's figure in another currency or unit: "C$90-billion" where the source says US$90-billion.</summary>
[Rule]
public sealed class FC1002UnitContradictsSource : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC1002", "Figure's unit or currency contradicts the source",
        Category.Refuted, Severity.Warning, "The figure matches the source's, but in a different currency or unit.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.UnitContradicted || j.Claim is not QuantityClaim claim || j.Fact?.Claim is not QuantityClaim source) continue;
            context.Report(claim.Span,
                $"The source says {source.Text} in {source.Unit} ({RuleContext.Provenance(j.Fact)}); the draft says {claim.Text} in {claim.Unit}.",
                j.Fact.Evidence, QuantityFixes.ReplaceWithSource(claim, source, useSourceCurrency: true), claim: claim);
        }
    }
}
