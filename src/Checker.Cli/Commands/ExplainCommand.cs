using Checker.Cli.Output;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;
using Checker.Workspace.Configuration;
using Newtonsoft.Json;

namespace Checker.Cli.Commands;

/// <summary>
/// `checker explain "SENTENCE"`: how the engine reads one sentence: each claim found (what it is a figure of), every
/// candidate fact with its score, the verdict and why, and which rules fired. Uses the current folder's checker.json.
/// </summary>
public static class ExplainCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        line.Allow("--as-of", "--seeds", "--format");
        if (line.Operands.Count == 0) throw new UsageException("explain needs a sentence, as in: checker explain \"Canada has committed $1.8 billion.\"");
        var format = line.Choice("--format", "text", ("text", "text"), ("json", "json"));
        var sentence = string.Join(' ', line.Operands);
        DateOnly? asOf = null;
        if (line.Get("--as-of") is { } text)
        {
            if (!DraftDate.TryParse(text, out var parsed)) throw new UsageException($"--as-of must be a date YYYY-MM-DD, not '{text}'");
            asOf = parsed;
        }
        var loaded = ConfigDiscovery.ForFolder(Environment.CurrentDirectory);
        foreach (var p in loaded.Problems) stderr.WriteLine($"{p} (that setting was ignored)");
        var config = line.Get("--seeds") is { } seeds ? loaded.Config with { Seeds = [Path.GetFullPath(seeds)] } : loaded.Config;
        var checker = new ConfiguredEngine().CheckerFor(config);
        var result = checker.Check(sentence, ConfiguredEngine.OptionsFor(config, checker.Facts, asOf));
        if (format == "json") stdout.WriteLine(JsonOutput.ToText(json => Json(json, result)));
        else WriteText(stdout, sentence, result);
        return 0;
    }

    private static void WriteText(TextWriter o, string sentence, CheckResult result)
    {
        o.WriteLine($"\"{sentence}\"");
        o.WriteLine($"as of {result.AsOf:yyyy-MM-dd}: {result.Judgements.Count} claim{(result.Judgements.Count == 1 ? "" : "s")} found");
        for (var i = 0; i < result.Judgements.Count; i++)
        {
            var j = result.Judgements[i];
            var c = j.Claim;
            o.WriteLine();
            o.WriteLine($"claim {i + 1}: \"{c.Text}\" ({Describe(c)})");
            o.WriteLine($"  of (head terms): {(c.Context.Head.Count > 0 ? string.Join(" ", c.Context.Head) : "(no head noun found)")}");
            o.WriteLine($"  context: {string.Join(" ", c.Context.Weights.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Take(10).Select(w => $"{w.Key}:{w.Value:0.##}"))}");
            if (j.Candidates.Count == 0) o.WriteLine("  candidates: none");
            else o.WriteLine("  candidates (best first):");
            foreach (var cand in j.Candidates)
            {
                var chosen = cand.Fact == j.Fact ? "  <- judged against" : "";
                o.WriteLine($"    {cand.Score:0.00}  {cand.Fact.Id}  \"{cand.Fact.Claim.Text}\" {cand.Fact.Source.Outlet}, {cand.Fact.Date:yyyy-MM-dd}" +
                            $"  heads {(cand.HeadsMeet ? "meet" : "differ")}  -> {ReportText.Verdict(cand.Verdict)}{FindingText(cand.Finding)}{chosen}");
            }
            o.WriteLine($"  verdict: {ReportText.ClaimVerdict(j, result.Diagnostics)}{FindingText(j.Finding)}: {j.Reason}");
            if (j.Current is { } current && current != j.Fact) o.WriteLine($"  current figure: \"{current.Claim.Text}\" {current.Source.Outlet}, {current.Date:yyyy-MM-dd}");
            var fired = result.Diagnostics.Where(d => d.Claim == c).ToList();
            if (fired.Count == 0) o.WriteLine("  rules fired: none");
            foreach (var d in fired) o.WriteLine($"  rule {d.Id} ({ReportText.Severity(d.Severity)}) fired: {d.Message}");
        }
        foreach (var d in result.Diagnostics.Where(d => d.Claim is null || !result.Judgements.Any(j => j.Claim == d.Claim)))
        {
            o.WriteLine();
            o.WriteLine($"rule {d.Id} ({ReportText.Severity(d.Severity)}) fired: {d.Message}");
        }
    }

    private static string Describe(Claim c) => c is QuantityClaim q
        ? $"{ReportText.Kind(c.Kind)}, {Range(q.Interval)} {q.Unit}{(q.Qualifier != QualifierKind.None ? $", qualifier \"{q.QualifierText}\"" : "")}{(c.Anchor is { } a ? $", anchored \"{a.Text}\"" : "")}"
        : ReportText.Kind(c.Kind);

    /// <summary>"[1.75 billion, 1.85 billion)": the values the figure allows, in words a writer reads at a glance.</summary>
    private static string Range(Interval i) =>
        $"{(i.MinOpen ? "(" : "[")}{Number(i.Min)}, {Number(i.Max)}{(i.MaxOpen ? ")" : "]")}";

    private static string Number(double v) => Math.Abs(v) switch
    {
        >= 1e9 => $"{v / 1e9:0.###} billion",
        >= 1e6 => $"{v / 1e6:0.###} million",
        _ => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string FindingText(Finding f) => f == Finding.None ? "" : $" ({f})";

    private static void Json(JsonWriter json, CheckResult result)
    {
        json.WriteStartObject();
        json.WriteProperty("asOf", result.AsOf.ToString("yyyy-MM-dd"));
        json.WriteArray("claims", result.Judgements, (j, judgement) =>
        {
            j.WriteStartObject();
            j.WriteProperty("text", judgement.Claim.Text);
            j.WriteProperty("kind", ReportText.Kind(judgement.Claim.Kind));
            j.WriteProperty("head", judgement.Claim.Context.Head.Order(StringComparer.Ordinal));
            j.WriteProperty("verdict", ReportText.ClaimVerdict(judgement, result.Diagnostics));
            j.WriteProperty("finding", judgement.Finding.ToString());
            j.WriteProperty("reason", judgement.Reason);
            j.WriteProperty("factId", judgement.Fact?.Id);
            j.WriteArray("candidates", judgement.Candidates, (k, c) =>
            {
                k.WriteStartObject();
                k.WriteProperty("factId", c.Fact.Id);
                k.WriteProperty("text", c.Fact.Claim.Text);
                k.WriteProperty("score", Math.Round(c.Score, 4));
                k.WriteProperty("headsMeet", c.HeadsMeet);
                k.WriteProperty("verdict", ReportText.Verdict(c.Verdict));
                k.WriteProperty("finding", c.Finding.ToString());
                k.WriteProperty("source", c.Fact.Source.Path);
                k.WriteProperty("date", c.Fact.Date.ToString("yyyy-MM-dd"));
                k.WriteEndObject();
            });
            j.WriteArray("rules", result.Diagnostics.Where(d => d.Claim == judgement.Claim), (k, d) =>
            {
                k.WriteStartObject();
                k.WriteProperty("id", d.Id);
                k.WriteProperty("severity", ReportText.Severity(d.Severity));
                k.WriteProperty("message", d.Message);
                k.WriteEndObject();
            });
            j.WriteEndObject();
        });
        json.WriteEndObject();
    }
}
