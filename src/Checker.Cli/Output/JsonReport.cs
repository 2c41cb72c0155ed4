using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Suppressions;
using Checker.Core.Text;
using Checker.Workspace;
using Checker.Workspace.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Checker.Cli.Output;

/// <summary>
/// The JSON report (version 1): per file its as-of date, every claim with its verdict, and every diagnostic with
/// evidence and fixes; then the configuration problems met on the way (a CI job that reads only this document still
/// learns that a checker.json setting was ignored). Ranges are zero-based, in UTF-16 code units, end exclusive: LSP's
/// convention; a configuration problem's line and column are one-based, as in its message.
/// </summary>
public static class JsonReport
{
    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem>? configProblems = null)
    {
        JsonOutput.Write(writer, Build(files, configProblems ?? []));
        writer.WriteLine();
    }

    public static JObject Build(IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem> configProblems) => new()
    {
        ["version"] = 1,
        ["files"] = new JArray(files.Select(File)),
        ["configurationProblems"] = new JArray(configProblems.Select(p => new JObject
        {
            ["id"] = ConfigProblem.Code,
            ["file"] = p.File.Replace('\\', '/'),
            ["line"] = p.Line,
            ["column"] = p.Column,
            ["message"] = p.Message,
        })),
    };

    private static JObject File(CheckedFile file)
    {
        var result = file.Result;
        var lines = result.Document.Lines;
        var internalClaims = ReportText.InternalClaims(result.Diagnostics);
        return new JObject
        {
            ["path"] = file.Path.Replace('\\', '/'),
            ["asOf"] = result.AsOf.ToString("yyyy-MM-dd"),
            ["claims"] = new JArray(result.Judgements.Select(j => new JObject
            {
                ["text"] = j.Claim.Text,
                ["kind"] = ReportText.Kind(j.Claim.Kind),
                ["range"] = Range(lines, j.Claim.Span),
                ["value"] = j.Claim is QuantityClaim q ? new JObject { ["min"] = q.Interval.Min, ["max"] = q.Interval.Max } : null,
                ["unit"] = j.Claim is QuantityClaim u ? u.Unit : null,
                ["verdict"] = ReportText.ClaimVerdict(j, internalClaims),
                ["factId"] = j.Fact?.Id,
            })),
            ["diagnostics"] = new JArray(result.Diagnostics.Select(d => Diagnostic(lines, d, result.Document.Source))),
        };
    }

    private static JObject Diagnostic(LineMap lines, Diagnostic d, string draft) => new()
    {
        ["id"] = d.Id,
        ["category"] = ReportText.Category(d.Category),
        ["severity"] = ReportText.Severity(d.Severity),
        ["message"] = d.Message,
        ["range"] = Range(lines, d.Span),
        ["evidence"] = new JArray(d.Evidence.Select(Evidence)),
        ["related"] = new JArray(d.Related.Select(r => new JObject { ["range"] = Range(lines, r.Span), ["message"] = r.Message })),
        ["fixes"] = new JArray(d.Fixes.Select(f => new JObject
        {
            ["title"] = f.Title,
            ["preferred"] = f.IsPreferred,
            ["edits"] = new JArray(f.Edits.Select(e => new JObject { ["range"] = Range(lines, e.Span), ["newText"] = e.NewText })),
        })),
        // The comment that silences this one finding while its evidence stays the same (docs/configuration.md).
        ["ignoreComment"] = EvidenceFingerprint.Comment(d, draft),
    };

    public static JObject Evidence(Evidence e) => new()
    {
        ["source"] = e.Source.Path,
        ["date"] = e.Source.Date.ToString("yyyy-MM-dd"),
        ["outlet"] = e.Source.Outlet,
        ["range"] = Range(e.Source.Lines, e.Sentence),
        ["text"] = e.Text,
    };

    public static JObject Range(LineMap lines, TextSpan span)
    {
        var (start, end) = lines.GetRange(span);
        return new JObject
        {
            ["start"] = new JObject { ["line"] = start.Line, ["character"] = start.Character },
            ["end"] = new JObject { ["line"] = end.Line, ["character"] = end.Character },
        };
    }
}
