using Newtonsoft.Json.Linq;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>The &lt;!-- checker-... --&gt; comments in a draft, through `checker verify`.</summary>
public sealed class SuppressionTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private RunResult Verify(string body)
    {
        _dir.Write("a.md", Drafts.FrontMatter + body);
        return CheckerRun.In(_dir.Path, "verify", "a.md");
    }

    [Fact]
    public void Disable_next_line_silences_the_named_rule_on_the_next_line_only()
    {
        var run = Verify($"<!-- checker-disable-next-line FC1001 -->\n{Drafts.Countries}\n\n{Drafts.Countries}\n");

        Assert.DoesNotContain("a.md(6,", run.Stdout);
        Assert.Contains("a.md(8,92): warning FC1001:", run.Stdout);
    }

    [Fact]
    public void Disable_next_line_with_another_rule_id_leaves_the_finding()
    {
        var run = Verify($"<!-- checker-disable-next-line FC2001 -->\n{Drafts.Countries}\n");

        Assert.Contains("a.md(6,92): warning FC1001:", run.Stdout);
    }

    [Fact]
    public void Disable_without_ids_runs_until_enable()
    {
        var run = Verify($"<!-- checker-disable -->\n\n{Drafts.Countries}\n\n{Drafts.Currency}\n\n<!-- checker-enable -->\n\n{Drafts.Outdated}\n");

        Assert.DoesNotContain("FC1001", run.Stdout);
        Assert.DoesNotContain("FC1002", run.Stdout);
        Assert.Contains("warning FC2001:", run.Stdout);
    }

    [Fact]
    public void Disable_file_with_an_id_silences_that_rule_everywhere_and_nothing_else()
    {
        var run = Verify($"{Drafts.Countries}\n\n{Drafts.Currency}\n\n<!-- checker-disable-file FC1001 -->\n");

        Assert.DoesNotContain("FC1001", run.Stdout);
        Assert.Contains("warning FC1002:", run.Stdout);
    }

    [Fact]
    public void Comments_inside_code_are_not_directives()
    {
        var run = Verify($"Write `<!-- checker-disable-file -->` to turn checking off.\n\n```\n<!-- checker-disable-file -->\n```\n\n{Drafts.Countries}\n");

        Assert.Contains("warning FC1001:", run.Stdout);
    }

    [Fact]
    public void A_misspelt_directive_is_reported_not_ignored()
    {
        var run = Verify($"<!-- checker-disabel-next-line -->\n{Drafts.Countries}\n");

        Assert.Contains("a.md(5,1): warning FC9004: Unknown directive 'checker-disabel-next-line'", run.Stdout);
        Assert.Contains("warning FC1001:", run.Stdout);
    }

    [Fact]
    public void An_ignore_holds_while_the_evidence_is_the_same_and_lapses_with_a_note_when_it_changes()
    {
        _dir.Write("facts/manifest.json", """{ "sources": [ { "file": "latvia.txt", "date": "2025-06-01", "outlet": "Test Wire" } ] }""");
        _dir.Write("facts/latvia.txt", "Canada has about 5,000 troops deployed in Latvia, the defence department said.\n");
        _dir.Write("checker.json", """{ "seeds": ["facts"] }""");
        const string claim = "Canada has around 2,000 troops deployed in Latvia.";
        var comment = IgnoreCommentFor(Drafts.FrontMatter + claim + "\n", "FC1001");
        Assert.Matches("^<!-- checker-ignore FC1001 evidence=[0-9a-f]{8} -->$", comment);

        var ignored = Verify($"{comment}\n{claim}\n");
        _dir.Write("facts/latvia.txt", "Canada has about 5,000 troops deployed in Latvia, officials said in June.\n");
        var lapsed = Verify($"{comment}\n{claim}\n");

        Assert.DoesNotContain("FC1001", ignored.Stdout);
        Assert.Equal(0, ignored.ExitCode);
        Assert.Contains("a.md(6,12): warning FC1001:", lapsed.Stdout);
        Assert.Contains("The checker-ignore comment on line 5 no longer applies", lapsed.Stdout);
    }

    [Fact]
    public void The_ignore_comment_does_not_depend_on_where_the_project_is_checked_out()
    {
        _dir.Write("one/facts/manifest.json", """{ "sources": [ { "file": "latvia.txt", "date": "2025-06-01" } ] }""");
        _dir.Write("one/facts/latvia.txt", "Canada has about 5,000 troops deployed in Latvia.\n");
        _dir.Write("one/checker.json", """{ "seeds": ["facts"] }""");
        _dir.Write("one/a.md", Drafts.FrontMatter + "Canada has around 2,000 troops deployed in Latvia.\n");
        foreach (var f in Directory.GetFiles(Path.Combine(_dir.Path, "one"), "*", SearchOption.AllDirectories))
            _dir.Write(Path.GetRelativePath(Path.Combine(_dir.Path, "one"), f).Insert(0, "two/deeper/"), File.ReadAllText(f));

        string CommentFrom(string folder, string draft) => (string)JObject.Parse(CheckerRun.In(Path.Combine(_dir.Path, folder), "verify", draft, "--format", "json").Stdout)
            ["files"]![0]!["diagnostics"]![0]!["ignoreComment"]!;

        Assert.Equal(CommentFrom("one", "a.md"), CommentFrom("two", "deeper/a.md"));
    }

    /// <summary>The comment the JSON report offers for the finding (what an editor's "Ignore this claim" writes).</summary>
    private string IgnoreCommentFor(string draft, string rule)
    {
        _dir.Write("a.md", draft);
        var report = JObject.Parse(CheckerRun.In(_dir.Path, "verify", "a.md", "--format", "json").Stdout);
        return (string)report["files"]![0]!["diagnostics"]!.Single(d => (string)d["id"]! == rule)["ignoreComment"]!;
    }
}
