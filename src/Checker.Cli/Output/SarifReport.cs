using Checker.Analyzers;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Text;
using Checker.Workspace;
using Checker.Workspace.Configuration;
using Newtonsoft.Json;

namespace Checker.Cli.Output;

/// <summary>
/// SARIF 2.1.0: the rule catalog as <c>rules[]</c> with help, each diagnostic a result, its evidence as
/// <c>relatedLocations</c> into the sources, its fixes as SARIF fixes. Lines and columns are one-based, columns in
/// UTF-16 code units (SARIF's default). Configuration problems are the run's <c>toolConfigurationNotifications</c>
/// (SARIF's place for "a setting was bad"), so code scanning shows them beside the results. Streamed as it is written.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem>? configProblems = null)
    {
        JsonOutput.Write(writer, json => Write(json, files, configProblems ?? []));
        writer.WriteLine();
    }

    public static void Write(JsonWriter json, IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem> configProblems)
    {
        var descriptors = RuleCatalog.Descriptors;
        var index = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        json.WriteStartObject();
        json.WriteProperty("$schema", SchemaUri);
        json.WriteProperty("version", "2.1.0");
        json.WritePropertyName("runs");
        json.WriteStartArray();
        json.WriteStartObject();

        json.WritePropertyName("tool");
        json.WriteStartObject();
        json.WritePropertyName("driver");
        json.WriteStartObject();
        json.WriteProperty("name", "checker");
        json.WriteProperty("semanticVersion", typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        json.WriteArray("rules", descriptors, Rule);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WritePropertyName("invocations");
        json.WriteStartArray();
        json.WriteStartObject();
        // The tool ran to the end: a bad setting is ignored, not fatal (exit code 1, not 2).
        json.WriteProperty("executionSuccessful", true);
        json.WriteArray("toolConfigurationNotifications", configProblems, ConfigurationNotification);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteProperty("columnKind", "utf16CodeUnits");
        json.WritePropertyName("results");
        json.WriteStartArray();
        foreach (var file in files)
        {
            var prints = FindingFingerprint.ForFile(file);
            var diagnostics = file.Result.Diagnostics;
            for (var i = 0; i < diagnostics.Count && i < prints.Count; i++) Result(json, file, diagnostics[i], index[diagnostics[i].Id], prints[i]);
        }
        json.WriteEndArray();

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void ConfigurationNotification(JsonWriter json, ConfigProblem p)
    {
        json.WriteStartObject();
        json.WritePropertyName("descriptor");
        json.WriteStartObject();
        json.WriteProperty("id", ConfigProblem.Code);
        json.WriteEndObject();
        json.WriteProperty("level", "error");
        json.WriteTextObject("message", p.Message + " That setting was ignored; checking went on without it.");
        json.WritePropertyName("locations");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        ArtifactLocation(json, p.File.Replace('\\', '/'));
        json.WritePropertyName("region");
        json.WriteStartObject();
        json.WriteProperty("startLine", p.Line);
        json.WriteProperty("startColumn", p.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Rule(JsonWriter json, RuleDescriptor d)
    {
        var category = ReportText.Category(d.Category);
        json.WriteStartObject();
        json.WriteProperty("id", d.Id);
        json.WriteProperty("name", string.Concat(d.Title.Split(' ', '\'', '-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])));
        json.WriteTextObject("shortDescription", d.Title);
        json.WriteTextObject("fullDescription", d.Summary);
        json.WritePropertyName("help");
        json.WriteStartObject();
        json.WriteProperty("text", $"{d.Summary} See {d.HelpPath}.");
        json.WriteProperty("markdown", $"{d.Summary} See [{d.Id}]({d.HelpPath}).");
        json.WriteEndObject();
        json.WritePropertyName("defaultConfiguration");
        json.WriteStartObject();
        json.WriteProperty("level", Level(d.DefaultSeverity));
        json.WriteEndObject();
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WriteProperty("category", category);
        json.WriteProperty("tags", [category]);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Result(JsonWriter json, CheckedFile file, Diagnostic d, int ruleIndex, string fingerprint)
    {
        var lines = file.Result.Document.Lines;
        var uri = file.Path.Replace('\\', '/');
        json.WriteStartObject();
        json.WriteProperty("ruleId", d.Id);
        json.WriteProperty("ruleIndex", ruleIndex);
        json.WriteProperty("level", Level(d.Severity));
        json.WriteTextObject("message", d.Message);
        json.WritePropertyName("locations");
        json.WriteStartArray();
        Location(json, uri, lines, d.Span);
        json.WriteEndArray();
        // Content-based, so code scanning keeps matching an alert to its finding when lines move.
        json.WritePropertyName("partialFingerprints");
        json.WriteStartObject();
        json.WriteProperty("checkerFinding/v1", fingerprint);
        json.WriteEndObject();
        if (d.Evidence.Count + d.Related.Count > 0)
        {
            json.WritePropertyName("relatedLocations");
            json.WriteStartArray();
            for (var i = 0; i < d.Evidence.Count; i++) Evidence(json, d.Evidence[i], i + 1);
            for (var i = 0; i < d.Related.Count; i++) Location(json, uri, lines, d.Related[i].Span, d.Evidence.Count + i + 1, d.Related[i].Message);
            json.WriteEndArray();
        }
        if (d.Fixes.Count > 0)
        {
            json.WriteArray("fixes", d.Fixes, (j, f) =>
            {
                j.WriteStartObject();
                j.WriteTextObject("description", f.Title);
                j.WritePropertyName("artifactChanges");
                j.WriteStartArray();
                j.WriteStartObject();
                ArtifactLocation(j, uri);
                j.WriteArray("replacements", f.Edits, (k, e) =>
                {
                    k.WriteStartObject();
                    k.WritePropertyName("deletedRegion");
                    Region(k, lines, e.Span);
                    k.WriteTextObject("insertedContent", e.NewText);
                    k.WriteEndObject();
                });
                j.WriteEndObject();
                j.WriteEndArray();
                j.WriteEndObject();
            });
        }
        json.WriteEndObject();
    }

    private static void Evidence(JsonWriter json, Evidence e, int id) =>
        Location(json, e.Source.Path, e.Source.Lines, e.Sentence, id, $"{e.Source.Outlet}, {e.Source.Date:yyyy-MM-dd}: \"{e.Text}\"");

    private static void Location(JsonWriter json, string uri, LineMap lines, TextSpan span, int? id = null, string? message = null)
    {
        json.WriteStartObject();
        json.WritePropertyName("physicalLocation");
        json.WriteStartObject();
        ArtifactLocation(json, uri);
        json.WritePropertyName("region");
        Region(json, lines, span);
        json.WriteEndObject();
        if (id is { } number) json.WriteProperty("id", number);
        if (message is not null) json.WriteTextObject("message", message);
        json.WriteEndObject();
    }

    private static void ArtifactLocation(JsonWriter json, string uri)
    {
        json.WritePropertyName("artifactLocation");
        json.WriteStartObject();
        json.WriteProperty("uri", uri);
        json.WriteEndObject();
    }

    private static void Region(JsonWriter json, LineMap lines, TextSpan span)
    {
        var (start, end) = lines.GetRange(span);
        json.WriteStartObject();
        json.WriteProperty("startLine", start.Line + 1);
        json.WriteProperty("startColumn", start.Character + 1);
        json.WriteProperty("endLine", end.Line + 1);
        json.WriteProperty("endColumn", end.Character + 1);
        json.WriteEndObject();
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "note",
        _ => "none",
    };
}
