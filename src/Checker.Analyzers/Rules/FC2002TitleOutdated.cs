using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>A title its holder no longer had at the draft's date: "Foreign Affairs Minister Mélanie Joly" in 2026.</summary>
[Rule]
public sealed class FC2002TitleOutdated : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC2002", "Title is outdated",
        Category.Stale, Severity.Warning, "The person held the office once, but by the draft's date a newer source gives it to someone else.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.TitleOutdated || j.Claim is not TitleClaim claim || j.Fact is null) continue;
            if (j.Current?.Claim is TitleClaim successor && j.Current != j.Fact)
            {
                var replacement = TitleFixes.Replace(claim, claim.PersonSpan, successor.Person);
                context.Report(claim.Span,
                    $"Outdated as of {context.AsOf:yyyy-MM-dd}: {claim.Person} was {claim.OfficeText} per {RuleContext.Provenance(j.Fact)}; " +
                    $"the newer source names {successor.Text} ({RuleContext.Provenance(j.Current)}).",
                    [.. j.Fact.Evidence, .. j.Current.Evidence],
                    [new Fix($"Replace with {replacement.Text}", [replacement.Edit], IsPreferred: true),
                     new Fix($"Make it former {claim.OfficeText}", [new TextEdit(claim.Span, "former " + claim.Text)])],
                    claim: claim);
            }
            else
            {
                context.Report(claim.Span,
                    $"Outdated: the sources call {claim.Person} a former {claim.OfficeText} ({RuleContext.Provenance(j.Fact)}).",
                    j.Fact.Evidence, [new Fix($"Make it former {claim.OfficeText}", [new TextEdit(claim.Span, "former " + claim.Text)], IsPreferred: true)], claim: claim);
            }
        }
    }
}
