using System.Text;
using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Features;

/// <summary>The hover on a claim: its verdict, why, the source's sentence with outlet and date, and the figure's history.</summary>
public sealed class HoverBuilder(DiagnosticConverter converter)
{
    public Hover? Build(AnalysedDraft draft, int offset)
    {
        var judgement = draft.JudgementAt(offset);
        if (judgement is null) return null;
        var text = new StringBuilder();
        text.Append($"**{judgement.Claim.Text}** \u2014 {VerdictLabel(judgement.Verdict)}\n\n");
        foreach (var diagnostic in draft.Result.Diagnostics.Where(d => d.Claim == judgement.Claim || d.Span == judgement.Claim.Span))
            text.Append($"{diagnostic.Id}: {diagnostic.Message}\n\n");
        if (judgement.Fact is { } fact)
        {
            foreach (var evidence in fact.Evidence) AppendQuote(text, evidence);
            AppendSeries(text, fact.Series, judgement);
        }
        else
        {
            text.Append("No source states this figure.\n");
        }
        return new Hover(MarkupContent.Markdown(text.ToString().TrimEnd() + "\n"), draft.Result.Document.Lines.ToRange(judgement.Claim.Span));
    }

    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported by the sources",
        Verdict.Refuted => "contradicted by the sources",
        Verdict.Qualifier => "the source's number, with a qualifier that changes it",
        Verdict.Stale => "outdated: a newer source replaces it",
        Verdict.Internal => "contradicted elsewhere in this draft",
        _ => "not found in the sources",
    };

    private void AppendQuote(StringBuilder text, Evidence evidence)
    {
        var location = converter.EvidenceLocation(evidence);
        text.Append($"> {DiagnosticConverter.Shorten(evidence.Text, 400)}\n>\n");
        text.Append($"> \u2014 *{evidence.Source.Outlet}*, {evidence.Source.Date:yyyy-MM-dd} \u00b7 ");
        text.Append($"[{Path.GetFileName(evidence.Source.Path)}]({location.Uri}#L{location.Range.Start.Line + 1})\n\n");
    }

    private static void AppendSeries(StringBuilder text, FactSeries series, Judgement judgement)
    {
        if (series.Facts.Count < 2) return;
        text.Append("Over time (oldest first):\n\n");
        foreach (var fact in series.Facts)
        {
            var marks = (fact == judgement.Fact ? " \u2190 matched" : "") + (fact == judgement.Current && fact != judgement.Fact ? " \u2190 current" : "");
            text.Append($"- {fact.Date:yyyy-MM-dd}: **{fact.Claim.Text}** ({fact.Source.Outlet}){marks}\n");
        }
        text.Append('\n');
    }
}
