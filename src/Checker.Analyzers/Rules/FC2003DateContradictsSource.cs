using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>A wrong date or year for an event the sources date: "the talks began on Aug. 26, 2023" where the source says Aug. 25.</summary>
[Rule]
public sealed class FC2003DateContradictsSource : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC2003", "Date contradicts the source",
        Category.Refuted, Severity.Warning, "The sources date the same event otherwise.");

    private static IReadOnlyList<Fix> Fixes(DateClaim claim, DateClaim source) =>
        DateFormatter.Replacement(claim, source) is { } text && text != claim.Text
            ? [new Fix($"Replace with {text}", [new TextEdit(claim.Span, text)], IsPreferred: true)]
            : [];

    public void Analyze(RuleContext context)
    {
        // What the source says is written once per fact: a long draft gets the same few dates wrong many times.
        var sourceSays = new Dictionary<Fact, string>();
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.DateContradicted || j.Claim is not DateClaim claim || j.Fact?.Claim is not DateClaim source) continue;
            if (!sourceSays.TryGetValue(j.Fact, out var says))
            {
                var resolved = source.Relative ? $" (\"{source.Text}\", written {j.Fact.Date:yyyy-MM-dd})" : "";
                sourceSays[j.Fact] = says = $"The source dates this {source.Describe()}{resolved} ({RuleContext.Provenance(j.Fact)})";
            }
            context.Report(claim.Span, $"{says}; the draft says {claim.Text}.", j.Fact.Evidence, Fixes(claim, source), claim: claim);
        }
    }
}
