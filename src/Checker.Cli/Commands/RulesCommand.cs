using Checker.Analyzers;
using Checker.Cli.Output;

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
            stdout.WriteLine(JsonOutput.ToText(json => json.WriteArray(rules, (j, r) =>
            {
                j.WriteStartObject();
                j.WriteProperty("id", r.Id);
                j.WriteProperty("title", r.Title);
                j.WriteProperty("category", ReportText.Category(r.Category));
                j.WriteProperty("defaultSeverity", ReportText.Severity(r.DefaultSeverity));
                j.WriteProperty("summary", r.Summary);
                j.WriteProperty("help", r.HelpPath);
                j.WriteEndObject();
            })));
            return 0;
        }
        foreach (var r in rules)
            stdout.WriteLine($"{r.Id}  {ReportText.Severity(r.DefaultSeverity),-7}  {ReportText.Category(r.Category),-11}  {r.Title}");
        return 0;
    }
}
