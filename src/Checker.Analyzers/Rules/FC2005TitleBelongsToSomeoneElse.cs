using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>A title the sources give to someone else: "Defence Minister Anita Anand" where the sources name David McGuinty.</summary>
[Rule]
public sealed class FC2005TitleBelongsToSomeoneElse : IRule
{
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC2005", "Title belongs to someone else",
        Category.Refuted, Severity.Warning, "The sources know the person in another office and give this one to someone else.");

    public void Analyze(RuleContext context)
    {
        foreach (var j in context.Judgements)
        {
            if (j.Finding != Finding.TitleContradicted || j.Claim is not TitleClaim claim || j.Fact?.Claim is not TitleClaim holder) continue;
            var own = j.Current?.Claim as TitleClaim;
            var message = $"The sources give {claim.OfficeText} to {holder.Person} ({RuleContext.Provenance(j.Fact)})" +
                          (own is null ? "." : $"; {claim.Person} is {own.OfficeText} ({RuleContext.Provenance(j.Current!)}).");
            var person = TitleFixes.Replace(claim, claim.PersonSpan, holder.Person);
            var fixes = new List<Fix> { new($"Replace with {person.Text}", [person.Edit]) };
            if (own is not null)
            {
                var office = TitleFixes.Replace(claim, claim.OfficeSpan, own.OfficeText);
                fixes.Add(new Fix($"Replace with {office.Text}", [office.Edit]));
            }
            context.Report(claim.Span, message, [.. j.Fact.Evidence, .. j.Current?.Evidence ?? []], fixes, claim: claim);
        }
    }
}
