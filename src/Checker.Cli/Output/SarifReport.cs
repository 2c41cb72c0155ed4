using Checker.Analyzers;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Text;
using Checker.Workspace;
using Checker.Workspace.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Checker.Cli.Output;

/// <summary>
/// SARIF 2.1.0: the rule catalog as <c>rules[]</c> with help, each diagnostic a result, its evidence as
/// <c>relatedLocations</c> into the sources, its fixes as SARIF fixes. Lines and columns are one-based, columns in
/// UTF-16 code units (SARIF's default). Configuration problems are the run's <c>toolConfigurationNotifications</c>
/// (SARIF's place for "a setting was bad"), so code scanning shows them beside the results.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem>? configProblems = null)
    {
        JsonOutput.Write(writer, Build(files, configProblems ?? []));
        writer.WriteLine();
    }

    public static JObject Build(IReadOnlyList<CheckedFile> files, IReadOnlyCollection<ConfigProblem> configProblems)
    {
        var descriptors = RuleCatalog.Descriptors;
        var index = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return new JObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = "2.1.0",
            ["runs"] = new JArray(new JObject
            {
                ["tool"] = new JObject
                {
                    ["driver"] = new JObject
                    {
                        ["name"] = "checker",
                        ["semanticVersion"] = typeof(SarifReport).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                        ["rules"] = new JArray(descriptors.Select(Rule)),
                    },
                },
                ["invocations"] = new JArray(new JObject
                {
                    // The tool ran to the end: a bad setting is ignored, not fatal (exit code 1, not 2).
                    ["executionSuccessful"] = true,
                    ["toolConfigurationNotifications"] = new JArray(configProblems.Select(ConfigurationNotification)),
                }),
                ["columnKind"] = "utf16CodeUnits",
                ["results"] = new JArray(files.SelectMany(f => f.Result.Diagnostics.Zip(FindingFingerprint.ForFile(f), (d, print) => Result(f, d, index[d.Id], print)))),
            }),
        };
    }

    private static JObject ConfigurationNotification(ConfigProblem p) => new()
    {
        ["descriptor"] = new JObject { ["id"] = ConfigProblem.Code },
        ["level"] = "error",
        ["message"] = new JObject { ["text"] = p.Message + " That setting was ignored; checking went on without it." },
        ["locations"] = new JArray(new JObject
        {
            ["physicalLocation"] = new JObject
            {
                ["artifactLocation"] = new JObject { ["uri"] = p.File.Replace('\\', '/') },
                ["region"] = new JObject { ["startLine"] = p.Line, ["startColumn"] = p.Column },
            },
        }),
    };

    private static JObject Rule(RuleDescriptor d) => new()
    {
        ["id"] = d.Id,
        ["name"] = string.Concat(d.Title.Split(' ', '\'', '-').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])),
        ["shortDescription"] = new JObject { ["text"] = d.Title },
        ["fullDescription"] = new JObject { ["text"] = d.Summary },
        ["help"] = new JObject { ["text"] = $"{d.Summary} See {d.HelpPath}.", ["markdown"] = $"{d.Summary} See [{d.Id}]({d.HelpPath})." },
        ["defaultConfiguration"] = new JObject { ["level"] = Level(d.DefaultSeverity) },
        ["properties"] = new JObject { ["category"] = ReportText.Category(d.Category), ["tags"] = new JArray(ReportText.Category(d.Category)) },
    };

    private static JObject Result(CheckedFile file, Diagnostic d, int ruleIndex, string fingerprint)
    {
        var lines = file.Result.Document.Lines;
        var uri = file.Path.Replace('\\', '/');
        var result = new JObject
        {
            ["ruleId"] = d.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(d.Severity),
            ["message"] = new JObject { ["text"] = d.Message },
            ["locations"] = new JArray(Location(uri, lines, d.Span)),
            // Content-based, so code scanning keeps matching an alert to its finding when lines move.
            ["partialFingerprints"] = new JObject { ["checkerFinding/v1"] = fingerprint },
        };
        var related = d.Evidence.Select((e, i) => Evidence(e, i + 1))
            .Concat(d.Related.Select((r, i) => Location(uri, lines, r.Span, d.Evidence.Count + i + 1, r.Message))).ToList();
        if (related.Count > 0) result["relatedLocations"] = new JArray(related);
        if (d.Fixes.Count > 0)
        {
            result["fixes"] = new JArray(d.Fixes.Select(f => new JObject
            {
                ["description"] = new JObject { ["text"] = f.Title },
                ["artifactChanges"] = new JArray(new JObject
                {
                    ["artifactLocation"] = new JObject { ["uri"] = uri },
                    ["replacements"] = new JArray(f.Edits.Select(e => new JObject
                    {
                        ["deletedRegion"] = Region(lines, e.Span),
                        ["insertedContent"] = new JObject { ["text"] = e.NewText },
                    })),
                }),
            }));
        }
        return result;
    }

    private static JObject Evidence(Evidence e, int id) =>
        Location(e.Source.Path, e.Source.Lines, e.Sentence, id, $"{e.Source.Outlet}, {e.Source.Date:yyyy-MM-dd}: \"{e.Text}\"");

    private static JObject Location(string uri, LineMap lines, TextSpan span, int? id = null, string? message = null)
    {
        var location = new JObject
        {
            ["physicalLocation"] = new JObject
            {
                ["artifactLocation"] = new JObject { ["uri"] = uri },
                ["region"] = Region(lines, span),
            },
        };
        if (id is not null) location["id"] = id;
        if (message is not null) location["message"] = new JObject { ["text"] = message };
        return location;
    }

    private static JObject Region(LineMap lines, TextSpan span)
    {
        var (start, end) = lines.GetRange(span);
        return new JObject
        {
            ["startLine"] = start.Line + 1,
            ["startColumn"] = start.Character + 1,
            ["endLine"] = end.Line + 1,
            ["endColumn"] = end.Character + 1,
        };
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Information => "note",
        _ => "none",
    };
}
