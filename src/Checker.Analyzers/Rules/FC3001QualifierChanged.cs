using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>The number is the source's, but a qualifier changes its meaning: "exactly 30 countries" against "more than 30".</summary>
[Rule]
public sealed class FC3001QualifierChanged : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC3001", "Qualifier changes the source's meaning",
        Category.Qualifier, Severity.Warning, "The draft keeps the source's number but its qualifier says something the source does not.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.QualifierChanged || j.Claim is not QuantityClaim claim || j.Fact?.Claim is not QuantityClaim source) continue;
            var draftQualifier = claim.Qualifier == QualifierKind.None ? "no qualifier" : $"\"{claim.QualifierText}\"";
            var sourceQualifier = source.Qualifier == QualifierKind.None ? "no qualifier" : $"\"{source.QualifierText}\"";
            context.Report(claim.Span,
                $"The source says {source.Text} ({RuleContext.Provenance(j.Fact)}), with {sourceQualifier}; the draft's {draftQualifier} changes what it means.",
                j.Fact.Evidence, QuantityFixes.ReplaceWithSource(claim, source), claim: claim);
        }
    }
}
