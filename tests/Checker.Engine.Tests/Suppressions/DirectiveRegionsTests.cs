using Checker.Core.Prose;
using Checker.Core.Suppressions;

namespace Checker.Engine.Tests.Suppressions;

/// <summary>
/// A suppression comment counts only where Markdown has HTML: the reader notes those spans while it reads the draft
/// (<see cref="ProseDocument.HtmlSpans"/>), and the directives come from them, not from a second parse.
/// </summary>
public class DirectiveRegionsTests
{
    private const string Directive = "<!-- checker-disable FC1001 -->";

    [Theory]
    [InlineData("{0}\n\nText.\n")]                                     // an HTML block
    [InlineData("<div>\n{0}\n</div>\n")]                               // inside a larger HTML block
    [InlineData("Some text {0} in a paragraph.\n")]                   // inline HTML
    [InlineData("# A heading {0}\n")]
    [InlineData("- an item {0} in a list\n")]
    [InlineData("> a quote {0} here\n")]
    [InlineData("| a | b {0} |\n|---|---|\n| 1 | 2 |\n")]             // a table's header cell
    [InlineData("An ![alt {0} text](pic.png) image.\n")]              // inside an image's alt text, as inline HTML
    public void A_comment_in_html_is_a_directive(string template)
    {
        var draft = string.Format(template, Directive);
        var (directives, problems) = DirectiveParser.Parse(MarkdownProse.Parse(draft));
        var directive = Assert.Single(directives);
        Assert.Empty(problems);
        Assert.Equal(draft.IndexOf(Directive, StringComparison.Ordinal), directive.Span.Start);
        Assert.Equal(Directive.Length, directive.Span.Length);
    }

    [Theory]
    [InlineData("Some `{0}` code.\n")]
    [InlineData("```\n{0}\n```\n")]
    [InlineData("Text.\n\n    {0}\n")]                                 // an indented code block
    [InlineData("Some `<!-- checker-bogus -->` code.\n")]
    public void A_comment_in_code_is_text(string template)
    {
        var (directives, problems) = DirectiveParser.Parse(MarkdownProse.Parse(string.Format(template, Directive)));
        Assert.Empty(directives);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_draft_read_as_plain_text_has_its_comments_read_anywhere()
    {
        var draft = new string('>', 5000) + " " + Directive + "\n";
        var document = MarkdownProse.Parse(draft);
        Assert.Null(document.HtmlSpans);
        Assert.Single(DirectiveParser.Parse(document).Directives);
    }

    [Fact]
    public void Reading_the_draft_text_gives_the_directives_of_its_document()
    {
        var draft = "Intro " + Directive + " and `<!-- checker-enable -->`.\n\n<!-- checker-wat -->\n\n```\n<!-- checker-enable -->\n```\n";
        var fromText = DirectiveParser.Parse(draft);
        var fromDocument = DirectiveParser.Parse(MarkdownProse.Parse(draft));
        Assert.Equal(fromDocument.Directives.Select(d => d.Span), fromText.Directives.Select(d => d.Span));
        Assert.Equal(fromDocument.Problems.Select(p => p.Message), fromText.Problems.Select(p => p.Message));
        Assert.Single(fromText.Directives);
        Assert.Single(fromText.Problems);
    }
}
