using System.Net;
using System.Text;
using Checker.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Checker.Cli.Output;

/// <summary>A span of the draft to highlight, with the HTML of its hover card and the CSS class of its verdict.</summary>
public sealed record Highlight(TextSpan Span, string CssClass, string Id, string TipHtml);

/// <summary>
/// Renders a Markdown draft to HTML with some spans wrapped in highlight elements. Markers made of private-use
/// characters are put into the Markdown at the spans' offsets, the Markdown is rendered with raw HTML disabled (a
/// draft cannot inject markup into the report), and the markers are then replaced by the highlight elements.
/// HTML comments (checker directives among them) are blanked first so they do not show as text.
/// </summary>
public static class HtmlDraftRenderer
{
    private const char Open = '\uE000', OpenEnd = '\uE001', Close = '\uE002', CloseEnd = '\uE003';

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().UseFootnotes().DisableHtml().Build();

    public static string Render(string markdown, IReadOnlyList<Highlight> highlights)
    {
        var text = new StringBuilder(BlankComments(markdown.Replace(Open, ' ').Replace(OpenEnd, ' ').Replace(Close, ' ').Replace(CloseEnd, ' ')));
        var taken = new List<Highlight>();
        foreach (var h in highlights.OrderBy(h => h.Span.Start))
        {
            if (h.Span.IsEmpty || h.Span.End > text.Length || (taken.Count > 0 && h.Span.Start < taken[^1].Span.End)) continue;
            taken.Add(h);
        }
        for (var i = taken.Count - 1; i >= 0; i--)
        {
            text.Insert(taken[i].Span.End, $"{Close}{i}{CloseEnd}");
            text.Insert(taken[i].Span.Start, $"{Open}{i}{OpenEnd}");
        }
        var html = new StringBuilder(Markdown.ToHtml(text.ToString(), Pipeline));
        for (var i = 0; i < taken.Count; i++)
        {
            var h = taken[i];
            html.Replace($"{Open}{i}{OpenEnd}", $"<span class=\"claim {h.CssClass}\" id=\"{h.Id}\" tabindex=\"0\">");
            html.Replace($"{Close}{i}{CloseEnd}", $"<span class=\"tip\" role=\"tooltip\">{h.TipHtml}</span></span>");
        }
        return html.ToString();
    }

    public static string Escape(string s) => WebUtility.HtmlEncode(s);

    /// <summary>Replaces real HTML comments (not ones shown in code) with spaces, keeping every offset.</summary>
    private static string BlankComments(string markdown)
    {
        if (!markdown.Contains("<!--", StringComparison.Ordinal)) return markdown;
        var chars = markdown.ToCharArray();
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().Build());
        foreach (var node in document.Descendants())
        {
            if (node is HtmlBlock { Type: HtmlBlockType.Comment } block) Blank(chars, block.Span.Start, block.Span.End);
            else if (node is HtmlInline inline && inline.Tag.StartsWith("<!--", StringComparison.Ordinal)) Blank(chars, inline.Span.Start, inline.Span.End);
        }
        return new string(chars);
    }

    private static void Blank(char[] chars, int start, int inclusiveEnd)
    {
        for (var i = Math.Max(0, start); i <= Math.Min(chars.Length - 1, inclusiveEnd); i++)
            if (chars[i] is not ('\n' or '\r')) chars[i] = ' ';
    }
}
