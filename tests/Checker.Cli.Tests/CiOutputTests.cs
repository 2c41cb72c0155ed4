using System.Text.RegularExpressions;
using Checker.Cli.Output;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>--format github and sarif, as CI consumes them.</summary>
public sealed class CiOutputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Github_format_is_one_workflow_command_per_finding_at_the_claim()
    {
        _dir.Write("draft.md", Drafts.FrontMatter + Drafts.Countries + "\n\n" + Drafts.Currency + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "draft.md", "--format", "github");

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Count(l => l.StartsWith("::warning ", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("::warning file=draft.md,line=5,col=92,endColumn=114,title=FC1001 Figure contradicts the source::", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("::warning file=draft.md,line=7,col=22,", StringComparison.Ordinal) && l.Contains("title=FC1002 "));
        // Evidence rides in the message, its line breaks escaped so each annotation stays one line.
        Assert.All(lines, l => Assert.True(l.StartsWith("::", StringComparison.Ordinal) || l.StartsWith("checker: ", StringComparison.Ordinal), l));
        Assert.Contains("%0Aevidence: ", run.Stdout);
    }

    [Fact]
    public void Github_commands_escape_what_the_runner_would_misread()
    {
        var line = GithubReport.Command("warning", "a,b:c.md", 3, 4, 3, 9, "FC1001 x", "50% up\r\nnext");

        Assert.Equal("::warning file=a%2Cb%3Ac.md,line=3,col=4,endColumn=9,title=FC1001 x::50%25 up%0D%0Anext", line);
    }

    [Fact]
    public async Task Sarif_is_valid_against_the_2_1_0_schema_with_rules_help_and_evidence()
    {
        _dir.Write("draft.md", Drafts.Example);
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        var run = CheckerRun.In(_dir.Path, "verify", "draft.md", "--format", "sarif");

        Assert.Empty(schema.Validate(run.Stdout));
        var sarif = JObject.Parse(run.Stdout);
        var runObject = sarif["runs"]![0]!;
        Assert.All(runObject["tool"]!["driver"]!["rules"]!, r => Assert.False(string.IsNullOrEmpty((string?)r["help"]?["text"])));
        var results = runObject["results"]!.ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Matches("^[0-9a-f]{16}$", (string)r["partialFingerprints"]!["checkerFinding/v1"]!));
        var refuted = results.First(r => (string)r["ruleId"]! == "FC1001");
        Assert.Contains(refuted["relatedLocations"]!, l => ((string)l["physicalLocation"]!["artifactLocation"]!["uri"]!).StartsWith("seeds/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bad_setting_is_in_the_sarif_run_as_a_configuration_notification_at_its_position()
    {
        _dir.Write("checker.json", "{\n  \"rules\": { \"FC1001\": \"loud\" }\n}\n");
        _dir.Write("draft.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

        var run = CheckerRun.In(_dir.Path, "verify", "draft.md", "--format", "sarif");

        Assert.Empty(schema.Validate(run.Stdout));
        var notification = Assert.Single(JObject.Parse(run.Stdout)["runs"]![0]!["invocations"]![0]!["toolConfigurationNotifications"]!);
        Assert.Equal("FC9004", (string?)notification["descriptor"]!["id"]);
        var location = notification["locations"]![0]!["physicalLocation"]!;
        Assert.EndsWith("checker.json", (string)location["artifactLocation"]!["uri"]!, StringComparison.Ordinal);
        Assert.Equal((2, 24), ((int)location["region"]!["startLine"]!, (int)location["region"]!["startColumn"]!));
        Assert.Contains("the severity of FC1001", (string)notification["message"]!["text"]!);
    }

    [Fact]
    public void A_bad_setting_is_in_the_json_report_and_a_clean_run_has_none()
    {
        _dir.Write("bad/checker.json", "{ \"failOn\": \"fatal\" }");
        _dir.Write("bad/draft.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        _dir.Write("good/draft.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var bad = JObject.Parse(CheckerRun.In(_dir.Path, "verify", "bad/draft.md", "--format", "json").Stdout);
        var good = JObject.Parse(CheckerRun.In(_dir.Path, "verify", "good/draft.md", "--format", "json").Stdout);

        var problem = Assert.Single(bad["configurationProblems"]!);
        Assert.Equal("FC9004", (string?)problem["id"]);
        Assert.Equal((1, 13), ((int)problem["line"]!, (int)problem["column"]!));
        Assert.Contains("'failOn' must be one of", (string)problem["message"]!);
        Assert.Empty(good["configurationProblems"]!);
    }

    [Fact]
    public void Sarif_fingerprints_survive_edits_elsewhere_in_the_draft()
    {
        _dir.Write("draft.md", Drafts.Example);
        var before = Fingerprints(CheckerRun.In(_dir.Path, "verify", "draft.md", "--format", "sarif").Stdout);
        _dir.Write("draft.md", Drafts.Example.Replace("# Canada and the Paris guarantees\n", "# Canada and the Paris guarantees\n\nA new opening paragraph, with no figures in it at all.\n\n"));
        var after = Fingerprints(CheckerRun.In(_dir.Path, "verify", "draft.md", "--format", "sarif").Stdout);

        Assert.NotEmpty(before);
        Assert.Equal(before.Select(b => b.Print), after.Select(a => a.Print));
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First.Line + 3, pair.Second.Line)); // three lines were added above every finding
    }

    private static List<(string Print, int Line)> Fingerprints(string sarif) =>
        JObject.Parse(sarif)["runs"]![0]!["results"]!
            .Select(r => ((string)r["partialFingerprints"]!["checkerFinding/v1"]!, (int)r["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!))
            .ToList();

    [Fact]
    public void Progress_is_not_written_when_stderr_is_not_a_terminal()
    {
        for (var i = 0; i < 3; i++) _dir.Write($"docs/d{i}.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "docs");

        Assert.Contains("3 files,", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void Progress_is_shown_on_a_terminal_and_cleared_after()
    {
        for (var i = 0; i < 3; i++) _dir.Write($"docs/d{i}.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        var dll = Path.Combine(AppContext.BaseDirectory, "checker.dll");

        // util-linux's `script` gives the command a pseudo-terminal; stdout goes to /dev/null so only stderr is seen.
        var run = RunResultOf("script", "-qec", $"dotnet '{dll}' verify docs >/dev/null", "/dev/null");

        Assert.Contains("\rchecking 1/3 docs/d0.md", run.Stdout);
        Assert.Contains("\rchecking 3/3 docs/d2.md", run.Stdout);
        Assert.EndsWith("\r", run.Stdout.TrimEnd('\n').Replace("\u001b[?1h\u001b=", ""));
    }

    private RunResult RunResultOf(string file, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(file) { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new RunResult(process.ExitCode, stdout, process.StandardError.ReadToEnd());
    }

    [Fact]
    public void Rules_lists_the_whole_catalog_as_text_and_json()
    {
        var ids = Analyzers.RuleCatalog.Descriptors.Select(d => d.Id).ToList();

        var text = CheckerRun.In(_dir.Path, "rules");
        var json = JArray.Parse(CheckerRun.In(_dir.Path, "rules", "--format", "json").Stdout);

        Assert.Equal(ids, text.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ')[0]));
        Assert.Equal(ids, json.Select(r => (string)r["id"]!));
        Assert.All(json, r => Assert.Matches(@"^rules/FC\d{4}\.md$", (string)r["help"]!));
    }

    [Fact]
    public void Explain_shows_the_claim_the_candidates_with_scores_and_the_rule_that_fired()
    {
        var run = CheckerRun.In(_dir.Path, "explain", Drafts.Outdated, "--as-of", "2026-01-08");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("claim 1: \"$1.8 billion\" (money,", run.Stdout);
        Assert.Matches(new Regex(@"^    \d\.\d\d  001_dd92dc5fa4aee406:\d+  ""\$1\.8 billion"" The Epoch Times, 2023-08-28  heads meet  -> stale \(Outdated\)  <- judged against$", RegexOptions.Multiline), run.Stdout);
        Assert.Contains("current figure: \"$6.5 billion\" Global News, 2025-08-19", run.Stdout);
        Assert.Contains("rule FC2001 (warning) fired: Outdated as of 2026-01-08", run.Stdout);
    }

    [Fact]
    public void Explain_as_of_a_date_before_the_newer_source_finds_the_claim_supported()
    {
        var run = CheckerRun.In(_dir.Path, "explain", Drafts.Outdated, "--as-of", "2024-01-01");

        Assert.Contains("verdict: supported", run.Stdout);
        Assert.DoesNotContain("FC2001", run.Stdout);
        Assert.DoesNotContain("Global News", run.Stdout); // a source published after the as-of date is never a candidate
    }

    [Theory]
    [InlineData(new[] { "verify", "draft.md", "--format", "xml" }, "--format must be one of")]
    [InlineData(new[] { "verify", "missing.md" }, "missing.md(1,1): error FC9000: no such file or folder")]
    [InlineData(new[] { "verify", "draft.md", "--dry-run" }, "--dry-run goes with --fix")]
    [InlineData(new[] { "explain" }, "explain needs a sentence")]
    public void Tool_errors_exit_2_with_one_line_and_no_stack_trace(string[] args, string message)
    {
        _dir.Write("draft.md", Drafts.FrontMatter + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
