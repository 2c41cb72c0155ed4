using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Suppressions;
using Checker.Core.Text;
using Checker.Workspace;
using Checker.Workspace.Configuration;
using Newtonsoft.Json;

namespace Checker.Cli.Output;

/// <summary>
/// The JSON report (version 1): per file its as-of date, every claim with its verdict, and every diagnostic with
/// evidence and fixes; then the configuration problems met on the way (a CI job that reads only this document still
/// learns that a checker.json setting was ignored). Ranges are zero-based, in UTF-16 code units, end exclusive: LSP's
/// convention; a configuration problem's line and column are one-based, as in its message. Streamed as it is written.
/// </summary>
public static class JsonReport
{
    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem>? configProblems = null)
    {
        JsonOutput.Write(writer, json => Write(json, files, configProblems ?? []));
        writer.WriteLine();
    }

    public static void Write(JsonWriter json, IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem> configProblems)
    {
        json.WriteStartObject();
        json.WriteProperty("version", 1);
        json.WriteArray("files", files, File);
        json.WriteArray("configurationProblems", configProblems, (j, p) =>
        {
            j.WriteStartObject();
            j.WriteProperty("id", ConfigProblem.Code);
            j.WriteProperty("file", p.File.Replace('\\', '/'));
            j.WriteProperty("line", p.Line);
            j.WriteProperty("column", p.Column);
            j.WriteProperty("message", p.Message);
            j.WriteEndObject();
        });
        json.WriteEndObject();
    }

    private static void File(JsonWriter json, CheckedFile file)
    {
        var result = file.Result;
        var lines = result.Document.Lines;
        var internalClaims = ReportText.InternalClaims(result.Diagnostics);
        json.WriteStartObject();
        json.WriteProperty("path", file.Path.Replace('\\', '/'));
        json.WriteProperty("asOf", result.AsOf.ToString("yyyy-MM-dd"));
        json.WriteArray("claims", result.Judgements, (j, judgement) =>
        {
            var claim = judgement.Claim;
            j.WriteStartObject();
            j.WriteProperty("text", claim.Text);
            j.WriteProperty("kind", ReportText.Kind(claim.Kind));
            j.WritePropertyName("range");
            Range(j, lines, claim.Span);
            j.WritePropertyName("value");
            Value(j, claim);
            j.WriteProperty("unit", claim is QuantityClaim q ? q.Unit : null);
            j.WriteProperty("verdict", ReportText.ClaimVerdict(judgement, internalClaims));
            j.WriteProperty("factId", judgement.Fact?.Id);
            j.WriteEndObject();
        });
        json.WriteArray("diagnostics", result.Diagnostics, (j, d) => Diagnostic(j, lines, d, result.Document.Source));
        json.WriteEndObject();
    }

    /// <summary>A quantity's interval as <c>{"min", "max"}</c>; null for a claim that is not a quantity.</summary>
    public static void Value(JsonWriter json, Claim claim)
    {
        if (claim is not QuantityClaim q)
        {
            json.WriteNull();
            return;
        }
        json.WriteStartObject();
        json.WriteProperty("min", q.Interval.Min);
        json.WriteProperty("max", q.Interval.Max);
        json.WriteEndObject();
    }

    private static void Diagnostic(JsonWriter json, LineMap lines, Diagnostic d, string draft)
    {
        json.WriteStartObject();
        json.WriteProperty("id", d.Id);
        json.WriteProperty("category", ReportText.Category(d.Category));
        json.WriteProperty("severity", ReportText.Severity(d.Severity));
        json.WriteProperty("message", d.Message);
        json.WritePropertyName("range");
        Range(json, lines, d.Span);
        json.WriteArray("evidence", d.Evidence, Evidence);
        json.WriteArray("related", d.Related, (j, r) =>
        {
            j.WriteStartObject();
            j.WritePropertyName("range");
            Range(j, lines, r.Span);
            j.WriteProperty("message", r.Message);
            j.WriteEndObject();
        });
        json.WriteArray("fixes", d.Fixes, (j, f) =>
        {
            j.WriteStartObject();
            j.WriteProperty("title", f.Title);
            j.WriteProperty("preferred", f.IsPreferred);
            j.WriteArray("edits", f.Edits, (k, e) =>
            {
                k.WriteStartObject();
                k.WritePropertyName("range");
                Range(k, lines, e.Span);
                k.WriteProperty("newText", e.NewText);
                k.WriteEndObject();
            });
            j.WriteEndObject();
        });
        // The comment that silences this one finding while its evidence stays the same (docs/configuration.md).
        json.WriteProperty("ignoreComment", EvidenceFingerprint.Comment(d, draft));
        json.WriteEndObject();
    }

    public static void Evidence(JsonWriter json, Evidence e)
    {
        json.WriteStartObject();
        json.WriteProperty("source", e.Source.Path);
        json.WriteProperty("date", e.Source.Date.ToString("yyyy-MM-dd"));
        json.WriteProperty("outlet", e.Source.Outlet);
        json.WritePropertyName("range");
        Range(json, e.Source.Lines, e.Sentence);
        json.WriteProperty("text", e.Text);
        json.WriteEndObject();
    }

    public static void Range(JsonWriter json, LineMap lines, TextSpan span)
    {
        var (start, end) = lines.GetRange(span);
        json.WriteStartObject();
        json.WritePropertyName("start");
        Position(json, start.Line, start.Character);
        json.WritePropertyName("end");
        Position(json, end.Line, end.Character);
        json.WriteEndObject();
    }

    private static void Position(JsonWriter json, int line, int character)
    {
        json.WriteStartObject();
        json.WriteProperty("line", line);
        json.WriteProperty("character", character);
        json.WriteEndObject();
    }
}
