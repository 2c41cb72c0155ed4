using Checker.Core.Diagnostics;
using Checker.Core.Matching;
using Checker.Workspace;

namespace Checker.Cli.Output;

/// <summary>Compiler-style output: <c>path(line,col): warning FC1001: message</c>, the evidence indented under it, then a summary.</summary>
public static class TextReport
{
    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files, Severity minimum)
    {
        var shown = 0;
        foreach (var file in files)
        {
            var lines = file.Result.Document.Lines;
            foreach (var d in file.Result.Diagnostics.Where(d => d.Severity <= minimum))
            {
                shown++;
                var at = lines.GetPosition(d.Span.Start);
                writer.WriteLine($"{file.Path}({at.Line + 1},{at.Character + 1}): {ReportText.Severity(d.Severity)} {d.Id}: {d.Message}");
                foreach (var e in d.Evidence)
                {
                    var where = e.Source.Lines.GetPosition(e.Sentence.Start);
                    writer.WriteLine($"    evidence: {e.Source.Path}({where.Line + 1},{where.Character + 1}) {e.Source.Outlet}, {e.Source.Date:yyyy-MM-dd}");
                    writer.WriteLine($"      \"{e.Text}\"");
                }
                foreach (var r in d.Related)
                {
                    var where = lines.GetPosition(r.Span.Start);
                    writer.WriteLine($"    see: {file.Path}({where.Line + 1},{where.Character + 1}) {r.Message}");
                }
                foreach (var f in d.Fixes) writer.WriteLine($"    fix: {f.Title}");
            }
        }
        var judgements = files.SelectMany(f => { var internalClaims = ReportText.InternalClaims(f.Result.Diagnostics); return f.Result.Judgements.Select(j => ReportText.ClaimVerdict(j, internalClaims)); }).ToList();
        var counts = string.Join(", ", new[] { "supported", "refuted", "stale", "qualifier", "internal", "unsupported" }
            .Select(v => $"{judgements.Count(x => x == v)} {v}"));
        var all = files.SelectMany(f => f.Result.Diagnostics).ToList();
        writer.WriteLine($"{files.Count} file{(files.Count == 1 ? "" : "s")}, {judgements.Count} claims checked: {counts}; " +
                         $"{all.Count(d => d.Severity == Severity.Error)} errors, {all.Count(d => d.Severity == Severity.Warning)} warnings" +
                         (shown < all.Count ? $" ({all.Count - shown} notes hidden: --min-severity info shows them)" : ""));
    }
}
