using Checker.Analyzers;
using Checker.Cli.Output;
using Newtonsoft.Json.Linq;

namespace Checker.Cli.Commands;

/// <summary>`checker rules`: the catalog, as text or JSON.</summary>
public static class RulesCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        line.Allow("--format");
        var format = line.Choice("--format", "text", ("text", "text"), ("json", "json"));
        var rules = RuleCatalog.Descriptors;
        if (format == "json")
        {
            stdout.WriteLine(JsonOutput.ToText(new JArray(rules.Select(r => new JObject
            {
                ["id"] = r.Id, ["title"] = r.Title, ["category"] = ReportText.Category(r.Category),
                ["defaultSeverity"] = ReportText.Severity(r.DefaultSeverity), ["summary"] = r.Summary, ["help"] = r.HelpPath,
            }))));
            return 0;
        }
        foreach (var r in rules)
            stdout.WriteLine($"{r.Id}  {ReportText.Severity(r.DefaultSeverity),-7}  {ReportText.Category(r.Category),-11}  {r.Title}");
        return 0;
    }
}
