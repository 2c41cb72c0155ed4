using Checker.Core.Claims;
using Checker.Core.Analysis;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>
/// A figure or title no source covers. Information, never a warning: about half the claims in real articles are like
/// this. Dates and spans ahead ("the next five years") are not noted: a date with no event in the sources is not a
/// claim a writer needs to source, and a note on every year would bury the rest.
/// </summary>
[Rule]
public sealed class FC5001ClaimUnsupported : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC5001", "No source covers this claim",
        Category.Unsupported, Severity.Information, "No fact in the sources states this figure in a matching context.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Verdict != Verdict.Unsupported || !IsSourceable(j.Claim)) continue;
            context.Report(j.Claim.Span, $"No source covers \"{j.Claim.Text}\": {j.Reason}.", claim: j.Claim);
        }
    }

    private static bool IsSourceable(Claim claim) => claim switch
    {
        DateClaim => false,
        QuantityClaim { Kind: ClaimKind.Duration, Elapsed: false } => false,
        _ => true,
    };
}
