using System.Text;
using Checker.Core.Matching;

namespace Checker.LanguageServer.Features;

/// <summary>"Show facts for this claim": every fact the matcher weighed for a claim, best first, with sources.</summary>
public static class FactsReport
{
    public static string Render(Judgement judgement)
    {
        var text = new StringBuilder();
        text.Append($"# Facts for \u201c{judgement.Claim.Text}\u201d\n\n");
        text.Append($"Verdict: {HoverBuilder.VerdictLabel(judgement.Verdict)}. {judgement.Reason}\n\n");
        if (judgement.Candidates.Count == 0) text.Append("No fact in the sources measures this quantity.\n");
        foreach (var candidate in judgement.Candidates.OrderByDescending(c => c.Score))
        {
            var fact = candidate.Fact;
            text.Append($"## {fact.Claim.Text} \u2014 {fact.Source.Outlet}, {fact.Date:yyyy-MM-dd}\n\n");
            text.Append($"Fact `{fact.Id}`, similarity {candidate.Score:0.00}, {candidate.Verdict.ToString().ToLowerInvariant()}" +
                        (fact == judgement.Fact ? " (the match)" : "") + "\n\n");
            foreach (var evidence in fact.Evidence)
                text.Append($"> {DiagnosticConverter.Shorten(evidence.Text, 600)}\n>\n> \u2014 {evidence.Source.Path}\n\n");
        }
        return text.ToString();
    }
}
