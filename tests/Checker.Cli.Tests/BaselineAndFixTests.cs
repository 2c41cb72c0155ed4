using System.Text;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>--baseline / --update-baseline, and --fix with and without --dry-run.</summary>
public sealed class BaselineAndFixTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_baseline_hides_known_findings_even_after_edits_elsewhere_and_fails_on_new_ones()
    {
        _dir.Write("docs/a.md", Drafts.FrontMatter + Drafts.Countries + "\n\n" + Drafts.Currency + "\n");
        var written = CheckerRun.In(_dir.Path, "verify", "docs", "--baseline", "ci/baseline.json", "--update-baseline", "--fail-on", "warning");
        var clean = CheckerRun.In(_dir.Path, "verify", "docs", "--baseline", "ci/baseline.json", "--fail-on", "warning");
        _dir.Write("docs/a.md", Drafts.FrontMatter + "An opening paragraph.\n\n" + Drafts.Countries + "\n\n" + Drafts.Currency + "\n\n" + Drafts.Outdated + "\n");
        var edited = CheckerRun.In(_dir.Path, "verify", "docs", "--baseline", "ci/baseline.json", "--fail-on", "warning");

        Assert.Equal(0, written.ExitCode);
        Assert.Contains("wrote 2 findings to ci/baseline.json", written.Stderr);
        Assert.Contains("\"path\": \"../docs/a.md\"", _dir.Read("ci/baseline.json")); // relative to the baseline's folder
        Assert.Equal(0, clean.ExitCode);
        Assert.DoesNotContain("FC10", clean.Stdout);
        Assert.Equal(1, edited.ExitCode);
        Assert.Contains("warning FC2001:", edited.Stdout);
        Assert.DoesNotContain("FC1001", edited.Stdout);
        Assert.DoesNotContain("FC1002", edited.Stdout);
        Assert.Contains("2 findings already in the baseline", edited.Stderr);
    }

    [Fact]
    public void A_second_identical_finding_is_new_even_when_one_like_it_is_in_the_baseline()
    {
        _dir.Write("a.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        CheckerRun.In(_dir.Path, "verify", "a.md", "--baseline", "b.json", "--update-baseline");
        _dir.Write("a.md", Drafts.FrontMatter + Drafts.Countries + "\n\n" + Drafts.Countries + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "a.md", "--baseline", "b.json", "--fail-on", "warning");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Stdout.Split('\n'), l => l.Contains("FC1001"));
    }

    [Theory]
    [InlineData("{\n  \"version\": 1,\n  \"findings\": [ { \"path\": \"a.md\" } ]\n}", "b.json(3,17): error FC9000: each finding needs")]
    [InlineData("{ \"version\": 1, \"findings\": [ ", "b.json(1,")]
    [InlineData("[]", "b.json(1,1): error FC9000: not a checker baseline")]
    // The reader checks as Json.NET's JToken loader did: a syntax error anywhere first, then the shape; the last of two
    // keys with the same name wins; comments are ignored.
    [InlineData("{\"version\": 1,\n \"findings\": [\n  {\"path\": \"x\", \"rule\": \"FC1001\", \"fingerprint\": \"a\"},\n  [1]\n ]}", "b.json(4,3): error FC9000: each finding needs")]
    [InlineData("{\"version\": 1, \"version\": 2, \"findings\": []}", "b.json(1,1): error FC9000: not a checker baseline")]
    [InlineData("{\"findings\": {}, /* c */ \"version\": 1}", "b.json(1,1): error FC9000: missing \"findings\" array")]
    [InlineData("{\"version\": 2,\n \"findings\": [ {\"path\": \"x\",, } ]}", "b.json(2,28): error FC9000: Invalid property identifier character: ,")]
    [InlineData("", "b.json(1,1): error FC9000: Error reading JToken from JsonReader")]
    public void A_bad_baseline_is_a_tool_error_naming_file_line_and_column(string content, string message)
    {
        _dir.Write("a.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        _dir.Write("b.json", content);

        var run = CheckerRun.In(_dir.Path, "verify", "a.md", "--baseline", "b.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Fix_dry_run_prints_a_unified_diff_and_leaves_the_file_alone()
    {
        var original = Drafts.FrontMatter + "Intro.\n\n" + Drafts.Countries + "\n";
        _dir.Write("a.md", original);

        var run = CheckerRun.In(_dir.Path, "verify", "a.md", "--fix", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(original, _dir.Read("a.md"));
        var expected = string.Join("\n", "--- a/a.md", "+++ b/a.md", "@@ -4,4 +4,4 @@", " ", " Intro.", " ",
            "-" + Drafts.Countries, "+" + Drafts.Countries.Replace("more than 50", "more than 30"), "");
        Assert.Equal(expected, run.Stdout);
    }

    [Fact]
    public void Fix_rewrites_only_the_fixed_spans_keeping_bom_and_crlf()
    {
        var original = (Drafts.FrontMatter + Drafts.Countries + "\n\n" + Drafts.Currency + "\n\nNothing to fix here.\n").Replace("\n", "\r\n");
        var path = _dir.Write("a.md", original, new UTF8Encoding(true));

        var run = CheckerRun.In(_dir.Path, "verify", "a.md", "--fix");

        var expected = original.Replace("more than 50 countries", "more than 30 countries").Replace("C$90-billion", "US$90-billion");
        Assert.Equal([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(path));
        Assert.Contains("a.md: applied 2 fixes", run.Stderr);
        Assert.DoesNotContain("FC100", run.Stdout); // the report is of the fixed draft
        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.checker-tmp", SearchOption.AllDirectories));
    }
}
