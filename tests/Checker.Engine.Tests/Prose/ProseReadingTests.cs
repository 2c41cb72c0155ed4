using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Engine.Tests.Prose;

/// <summary>
/// The parts of reading a draft that take shortcuts for speed give what the plain computation gives: the line map
/// (counted, then filled) puts every offset on the line a character-by-character count does, and the guard against
/// long markup runs (which looks only at every 512th character) finds each run whatever its position and length.
/// </summary>
public class ProseReadingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("one line")]
    [InlineData("\n")]
    [InlineData("a\nb\n")]
    [InlineData("a\r\nb\r\n\r\nc")]
    [InlineData("\n\n\nlast")]
    public void Every_offset_maps_to_the_line_and_column_a_plain_count_gives(string text)
    {
        var map = new LineMap(text);
        Assert.Equal(text.Count(c => c == '\n') + 1, map.LineCount);
        for (var offset = 0; offset <= text.Length; offset++)
        {
            var line = text[..offset].Count(c => c == '\n');
            var column = offset - (text.LastIndexOf('\n', Math.Max(0, offset - 1)) is var nl && nl >= 0 && nl < offset ? nl + 1 : 0);
            Assert.Equal(new LinePosition(line, column), map.GetPosition(offset));
            Assert.Equal(offset, map.GetOffset(map.GetPosition(offset)));
        }
    }

    [Theory]
    [InlineData(0, 1024, true)]
    [InlineData(0, 1023, false)]
    [InlineData(511, 1024, true)]   // starts just before a probed position
    [InlineData(513, 1024, true)]   // starts just after one
    [InlineData(513, 1023, false)]
    [InlineData(1, 1535, true)]
    [InlineData(700, 5000, true)]
    public void A_long_markup_run_is_blanked_exactly_wherever_it_lies(int at, int length, bool blanked)
    {
        var prefix = PlainWords(at);
        var run = string.Concat(Enumerable.Repeat("[a", length / 2)) + (length % 2 == 1 ? "[" : "");
        var draft = prefix + run + " Canada pledged $7.5 billion.\n";
        var document = MarkdownProse.Parse(draft);
        var problems = document.Problems.Where(p => p.Code == "FC9003").ToList();
        if (!blanked) { Assert.Empty(problems); return; }
        var problem = Assert.Single(problems);
        Assert.Equal(new TextSpan(at, at + length), problem.Span);
        Assert.Contains($"A run of {length} characters", problem.Message);
    }

    [Fact]
    public void A_long_run_with_little_markup_is_left_for_the_parser()
    {
        var word = new string('x', 2000) + string.Concat(Enumerable.Repeat("[", MarkdownGuardLimits.MaxMarkupInRun - 1));
        var document = MarkdownProse.Parse("Intro. " + word + " Canada pledged $7.5 billion.\n");
        Assert.DoesNotContain(document.Problems, p => p.Code == "FC9003");
    }

    [Fact]
    public void Two_long_runs_are_each_reported_in_order()
    {
        var run = string.Concat(Enumerable.Repeat("*_", 600));
        var draft = "Start " + run + " middle words here " + run + "\n";
        var spans = MarkdownProse.Parse(draft).Problems.Where(p => p.Code == "FC9003").Select(p => p.Span).ToList();
        var first = draft.IndexOf(run, StringComparison.Ordinal);
        var second = draft.IndexOf(run, first + 1, StringComparison.Ordinal);
        Assert.Equal([new TextSpan(first, first + run.Length), new TextSpan(second, second + run.Length)], spans);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Intro.\n", "\nOutro.\n")]
    [InlineData("Intro.\r\n", "\r\nOutro.")]
    [InlineData("Intro.\n\n", "")]
    public void An_over_nested_line_is_found_and_the_draft_read_as_plain_lines(string before, string after)
    {
        var deep = string.Concat(Enumerable.Repeat("> ", 70)) + "Deep words.";
        var document = MarkdownProse.Parse(before + deep + after);
        var problem = Assert.Single(document.Problems);
        // The line runs to its '\n', so a CRLF line's span keeps its '\r'.
        var lineEnd = before.Length + deep.Length + (after.StartsWith('\r') ? 1 : 0);
        Assert.Equal(("FC9003", new TextSpan(before.Length, lineEnd)), (problem.Code, problem.Span));
        Assert.Contains("nested more than 64 levels", problem.Message);
        Assert.Contains(document.Blocks, b => document.ProseText(b.Span) == "Deep words.");
        Assert.Null(document.HtmlSpans);
    }

    [Theory]
    [InlineData("Plain words here.", "Plain words here.")]
    [InlineData("Some *emphasis* and **strong** text.", "Some  emphasis  and   strong   text.")]
    [InlineData("A [link text](http://example.com/x) here.", "A  link text                        here.")]
    [InlineData("An ![alt words](pic.png) image.", "An                       image.")]
    [InlineData("A [link with ![inner alt](i.png) image](u) end.", "A  link with                     image     end.")]
    [InlineData("Costs \\$5 and \\*not emphasis\\*.", "Costs  $5 and  *not emphasis *.")]
    [InlineData("A lone backslash \\ stays, as does a\\b.", "A lone backslash \\ stays, as does a\\b.")]
    [InlineData("Ends with a backslash \\", "Ends with a backslash \\")]
    [InlineData("Line one\nline two\twith a tab.", "Line one line two with a tab.")]
    [InlineData("Line one\r\nline two.", "Line one  line two.")]
    [InlineData("An escaped \\\\ backslash, then \\\\\\* both.", "An escaped  \\ backslash, then  \\ * both.")]
    [InlineData("Some `code 1,000` and <b>html</b> words.", "Some              and    html     words.")]
    public void Only_literal_text_is_prose_at_its_own_offsets(string markdown, string prose)
    {
        var document = MarkdownProse.Parse(markdown);
        Assert.Equal(markdown.Length, document.Prose.Length);
        Assert.Equal(prose, document.Prose);
    }

    /// <summary>Exactly <paramref name="length"/> characters of words ending in a space (or nothing at 0).</summary>
    private static string PlainWords(int length)
    {
        if (length == 0) return "";
        var words = string.Concat(Enumerable.Repeat("word ", length / 5 + 1));
        return words[..(length - 1)].TrimEnd().PadRight(length - 1, 'w') + " ";
    }

    /// <summary>The guard's limits, as its documentation states them (it is internal to the engine).</summary>
    private static class MarkdownGuardLimits
    {
        public const int MaxMarkupInRun = 64;
    }
}
