using Checker.Cli.Output;
using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Workspace.Configuration;
using Newtonsoft.Json;

namespace Checker.Cli.Commands;

/// <summary>`checker facts`: what the fact base holds, grouped by series, with every fact's evidence.</summary>
public static class FactsCommand
{
    public static int Run(CommandLine line, TextWriter stdout)
    {
        line.Allow("--format", "--seeds");
        var format = line.Choice("--format", "text", ("text", "text"), ("json", "json"));
        // The fact base a draft in this folder is checked against: --seeds, else the seeds and synonyms of checker.json.
        var config = ConfigDiscovery.ForFolder(Environment.CurrentDirectory).Config;
        var facts = line.Get("--seeds") is { } seeds ? VerifyCommand.LoadFacts(seeds) : ConfiguredEngine.BuildFacts(config);
        if (format == "json")
        {
            stdout.WriteLine(JsonOutput.ToText(json => Json(json, facts)));
            return 0;
        }
        foreach (var source in facts.Sources)
            stdout.WriteLine($"source {source.Path}: {source.Outlet}, {source.Date:yyyy-MM-dd}, \"{source.Title}\"");
        stdout.WriteLine();
        foreach (var series in facts.Series.OrderBy(s => s.Facts[0].Claim.Kind).ThenBy(s => s.Id, StringComparer.Ordinal))
        {
            var head = series.Facts[0].Claim.Context.Head;
            stdout.WriteLine(series.Facts.Count > 1
                ? $"series {series.Id} ({ReportText.Kind(series.Facts[0].Claim.Kind)} of {string.Join(" ", head)}), oldest first:"
                : $"{ReportText.Kind(series.Facts[0].Claim.Kind)} {Describe(series.Facts[0])}");
            foreach (var fact in series.Facts)
            {
                if (series.Facts.Count > 1) stdout.WriteLine($"  {fact.Date:yyyy-MM-dd}  {Describe(fact)}");
                foreach (var e in fact.Evidence)
                {
                    var at = e.Source.Lines.GetPosition(e.Sentence.Start);
                    stdout.WriteLine($"    {e.Source.Path}({at.Line + 1},{at.Character + 1}) {e.Source.Outlet}, {e.Source.Date:yyyy-MM-dd}: \"{e.Text}\"");
                }
            }
        }
        stdout.WriteLine();
        stdout.WriteLine($"{facts.Facts.Count} facts in {facts.Series.Count} series from {facts.Sources.Count} sources");
        return 0;
    }

    private static string Describe(Fact fact)
    {
        var c = fact.Claim;
        if (c is DateClaim d) return $"{fact.Id}: {c.Text} = {d.Describe()}{(d.Relative ? $" (relative, written {fact.Date:yyyy-MM-dd})" : "")} — {string.Join(" ", c.Context.Head.Take(8))}";
        if (c is TitleClaim t) return $"{fact.Id}: {t.Person} is {(t.Former ? "former " : "")}{t.OfficeText}{(t.Country is null ? "" : $" ({t.Country})")} as of {fact.Date:yyyy-MM-dd}";
        var unit = c is QuantityClaim q ? $" [{q.Unit}]" : "";
        var of = c.Context.Head.Count > 0 ? $" of {string.Join(" ", c.Context.Head)}" : "";
        var anchor = c.Anchor is { } a ? $" ({a.Text})" : "";
        return $"{fact.Id}: {c.Text}{unit}{of}{anchor}";
    }

    private static void Json(JsonWriter json, FactBase facts)
    {
        json.WriteStartObject();
        json.WriteArray("sources", facts.Sources, (j, s) =>
        {
            j.WriteStartObject();
            j.WriteProperty("path", s.Path);
            j.WriteProperty("date", s.Date.ToString("yyyy-MM-dd"));
            j.WriteProperty("outlet", s.Outlet);
            j.WriteProperty("title", s.Title);
            j.WriteProperty("currency", s.DefaultCurrency);
            j.WriteEndObject();
        });
        json.WriteArray("facts", facts.Facts, (j, f) =>
        {
            j.WriteStartObject();
            j.WriteProperty("id", f.Id);
            j.WriteProperty("series", f.Series.Id);
            j.WriteProperty("kind", ReportText.Kind(f.Claim.Kind));
            j.WriteProperty("text", f.Claim.Text);
            j.WritePropertyName("value");
            JsonReport.Value(j, f.Claim);
            j.WriteProperty("unit", f.Claim is QuantityClaim q ? q.Unit : null);
            j.WriteProperty("context", f.Claim.Context.Head);
            j.WriteProperty("anchor", f.Claim.Anchor?.Text);
            j.WriteProperty("resolved", f.Claim is DateClaim d ? d.Describe() : null);
            j.WriteProperty("person", f.Claim is TitleClaim t ? t.Person : null);
            j.WriteProperty("office", f.Claim is TitleClaim o ? o.Office : null);
            j.WriteProperty("date", f.Date.ToString("yyyy-MM-dd"));
            j.WriteArray("evidence", f.Evidence, JsonReport.Evidence);
            j.WriteEndObject();
        });
        json.WriteEndObject();
    }
}
