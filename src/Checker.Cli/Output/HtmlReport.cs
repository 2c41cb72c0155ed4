using System.Text;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.Workspace;
using static Checker.Cli.Output.HtmlDraftRenderer;

namespace Checker.Cli.Output;

/// <summary>
/// `--format html`: one self-contained page. A summary of verdicts at the top; then each draft rendered, every claim
/// highlighted by its verdict with its evidence and fix in a card shown on hover or focus, and the findings listed
/// beside the draft, each linked to its claim. No scripts, no external files.
/// </summary>
public static class HtmlReport
{
    private static readonly string[] Verdicts = ["refuted", "stale", "qualifier", "internal", "unsupported", "supported"];

    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files)
    {
        var verdicts = files.SelectMany(f => f.Result.Judgements.Select(j => ReportText.ClaimVerdict(j, f.Result.Diagnostics))).ToList();
        var all = files.SelectMany(f => f.Result.Diagnostics).ToList();
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Checker report</title>\n<style>")
            .Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<header>\n<h1>Checker report</h1>\n<p class=\"summary\">")
            .Append($"{files.Count} draft{(files.Count == 1 ? "" : "s")}, {verdicts.Count} claims: ");
        foreach (var v in Verdicts)
            page.Append($"<span class=\"chip v-{v}\">{verdicts.Count(x => x == v)} {v}</span> ");
        page.Append($"<br>{all.Count(d => d.Severity == Severity.Error)} errors, {all.Count(d => d.Severity == Severity.Warning)} warnings, " +
                    $"{all.Count(d => d.Severity > Severity.Warning)} notes; {files.Sum(f => f.Result.Suppressed.Count)} suppressed in the drafts.</p>\n</header>\n");
        for (var i = 0; i < files.Count; i++) File(page, files[i], i);
        page.Append("</body>\n</html>\n");
        writer.Write(page.ToString());
    }

    private static void File(StringBuilder page, CheckedFile file, int fileIndex)
    {
        var result = file.Result;
        var highlights = new List<Highlight>();
        for (var c = 0; c < result.Judgements.Count; c++)
        {
            var j = result.Judgements[c];
            var verdict = ReportText.ClaimVerdict(j, result.Diagnostics);
            var findings = result.Diagnostics.Where(d => d.Claim == j.Claim).ToList();
            highlights.Add(new Highlight(j.Claim.Span, $"v-{verdict}", ClaimId(fileIndex, c), Tip(j, verdict, findings)));
        }
        page.Append($"<section class=\"file\">\n<h2>{Escape(file.Path.Replace('\\', '/'))} <small>as of {result.AsOf:yyyy-MM-dd}</small></h2>\n<div class=\"columns\">\n<article class=\"draft\">\n")
            .Append(HtmlDraftRenderer.Render(result.Document.Source, highlights))
            .Append("</article>\n<aside class=\"findings\">\n");
        page.Append(result.Diagnostics.Count == 0 ? "<p>No findings.</p>\n" : $"<h3>{result.Diagnostics.Count} finding{(result.Diagnostics.Count == 1 ? "" : "s")}</h3>\n<ol>\n");
        foreach (var d in result.Diagnostics)
        {
            var line = result.Document.Lines.GetPosition(d.Span.Start).Line + 1;
            var claim = d.Claim is null ? -1 : result.Judgements.ToList().FindIndex(j => j.Claim == d.Claim);
            var where = claim >= 0 ? $"<a href=\"#{ClaimId(fileIndex, claim)}\">line {line}</a>" : $"line {line}";
            page.Append($"<li class=\"finding s-{ReportText.Severity(d.Severity)}\"><span class=\"rule\">{d.Id}</span> {ReportText.Severity(d.Severity)}, {where}<p>{Escape(d.Message)}</p>")
                .Append(EvidenceHtml(d.Evidence)).Append(FixHtml(d)).Append("</li>\n");
        }
        if (result.Diagnostics.Count > 0) page.Append("</ol>\n");
        page.Append("</aside>\n</div>\n</section>\n");
    }

    private static string ClaimId(int file, int claim) => $"claim-{file}-{claim}";

    private static string Tip(Judgement j, string verdict, IReadOnlyList<Diagnostic> findings)
    {
        var tip = new StringBuilder($"<b class=\"verdict\">{verdict}</b>");
        foreach (var d in findings) tip.Append($"<span class=\"line\">{d.Id}: {Escape(d.Message)}</span>").Append(FixHtml(d));
        var evidence = findings.SelectMany(d => d.Evidence).ToList();
        if (evidence.Count == 0 && j.Fact is { } fact) evidence = fact.Evidence.Take(1).ToList();
        if (findings.Count == 0) tip.Append($"<span class=\"line\">{Escape(Capitalize(j.Reason))}.</span>");
        tip.Append(EvidenceHtml(evidence.Take(2).ToList(), inline: true));
        return tip.ToString();
    }

    private static string EvidenceHtml(IReadOnlyList<Evidence> evidence, bool inline = false)
    {
        // Copies of one story carry the same sentence: quote it once and cite every copy.
        var tag = inline ? "span" : "blockquote";
        return string.Concat(evidence.GroupBy(e => e.Text).Select(g =>
            $"<{tag} class=\"evidence\">\u201C{Escape(g.Key)}\u201D <cite>" +
            string.Join("; ", g.Select(e => $"{Escape(e.Source.Outlet)}, {e.Source.Date:yyyy-MM-dd} ({Escape(e.Source.Path)})")) + $"</cite></{tag}>"));
    }

    private static string FixHtml(Diagnostic d) =>
        d.Fixes.FirstOrDefault(f => f.IsPreferred) is { } fix ? $"<span class=\"fix\">Fix: {Escape(fix.Title)}</span>" : "";

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
