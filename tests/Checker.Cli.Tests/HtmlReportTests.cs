using Checker.Cli.Output;
using Checker.Core.Text;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>The HTML report's rendering of a draft (the browser test is tests/e2e/html-report.sh).</summary>
public sealed class HtmlReportTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Markup_in_the_draft_is_shown_as_text_and_directives_are_hidden()
    {
        const string draft = "<!-- checker-disable-next-line FC2001 -->\nSee <script>alert(1)</script> and `<!-- kept in code -->`.\n";

        var html = HtmlDraftRenderer.Render(draft, []);

        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("checker-disable-next-line", html);
        Assert.Contains("&lt;!-- kept in code --&gt;", html);
    }

    [Fact]
    public void A_highlight_wraps_exactly_its_span_even_inside_emphasis()
    {
        const string draft = "Canada *committed $1.8 billion* to it.";
        var span = TextSpan.FromLength(draft.IndexOf("$1.8", StringComparison.Ordinal), "$1.8 billion".Length);

        var html = HtmlDraftRenderer.Render(draft, [new Highlight(span, "v-stale", "claim-0-0", "<b>stale</b>")]);

        Assert.Contains("<em>committed <span class=\"claim v-stale\" id=\"claim-0-0\" tabindex=\"0\">$1.8 billion<span class=\"tip\" role=\"tooltip\"><b>stale</b></span></span></em>", html);
    }

    [Fact]
    public void The_page_summarises_verdicts_and_lists_each_finding_once()
    {
        _dir.Write("a.md", Drafts.FrontMatter + Drafts.Countries + "\n\n" + Drafts.Outdated + "\n");

        var run = CheckerRun.In(_dir.Path, "verify", "a.md", "--format", "html");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<span class=\"chip v-refuted\">1 refuted</span>", run.Stdout);
        Assert.Contains("<span class=\"chip v-stale\">1 stale</span>", run.Stdout);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(run.Stdout, "<li class=\"finding s-warning\"><span class=\"rule\">FC1001</span>"));
    }
}
