using Checker.Core.Analysis;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>A claim no source covers. Information, never a warning: about half the claims in real articles are like this.</summary>
[Rule]
public sealed class FC5001ClaimUnsupported : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC5001", "No source covers this claim",
        Category.Unsupported, Severity.Information, "No fact in the sources states this figure in a matching context.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Verdict != Verdict.Unsupported) continue;
            context.Report(j.Claim.Span, $"No source covers \"{j.Claim.Text}\": {j.Reason}.", claim: j.Claim);
        }
    }
}
