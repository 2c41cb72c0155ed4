using Checker.Core.Prose;

namespace Checker.Engine.Tests.Prose;

/// <summary>
/// A long draft is parsed by Markdig on another core while the reader blanks the prose string; the document is the one
/// a single thread reads: the same prose, blocks, sentences, front matter, problems and HTML spans.
/// </summary>
public class ParallelReadingTests
{
    private static readonly string[] Pieces =
    [
        "# Aid to Ukraine\n\nCanada has committed $1.8 billion in military assistance. Mr. Smith agreed, the U.S. too.\n\n",
        "| Aid | Since 2022 | In 2023 |\n|---|---|---|\n| Military assistance | $4.5 billion | about $1.8 billion |\n\n",
        "> A quote with *emphasis*, a [link](http://example.com) and ![an image](pic.png).\n> - and a list in it\n\n",
        "<div>\nblock <b>html</b>\n</div>\n\nInline <!-- checker-disable-next-line --> comment and `code 1,000`.\n\n",
        "1. First item. Escaped \\*stars\\* and a tab\there.\n2. Second item [^1]\n\n[^1]: A footnote of 3 words.\n\n",
        "Setext heading\n==============\n\n    indented code, not prose.\n\n```\nfenced code.\n```\n\n",
        string.Concat(Enumerable.Repeat("[a", 600)) + " then prose after a long run of markup.\r\n\r\n",
    ];

    private static string LongDraft(int seed, string frontMatter)
    {
        var random = new Random(seed);
        var draft = new System.Text.StringBuilder(frontMatter);
        while (draft.Length < 300_000) draft.Append(Pieces[random.Next(Pieces.Length)]);
        return draft.ToString();
    }

    [Theory]
    [InlineData(1, "---\ntitle: A draft\ndate: 2025-09-01\nnot a key value line\n---\n")]
    [InlineData(2, "")]
    public void A_long_draft_read_on_two_threads_is_the_document_one_thread_reads(int seed, string frontMatter)
    {
        var draft = LongDraft(seed, frontMatter);
        var single = MarkdownProse.Parse(draft, maxThreads: 1);
        var several = MarkdownProse.Parse(draft, maxThreads: 2);
        Assert.True(single.Blocks.Count > 1000 && single.Problems.Count > 10, "the draft is too plain to show a difference");
        Assert.Equal(Describe(single), Describe(several));
    }

    [Fact]
    public void A_long_draft_nested_too_deeply_is_read_as_plain_lines_on_any_number_of_threads()
    {
        var draft = LongDraft(3, "") + string.Concat(Enumerable.Repeat("> ", 70)) + "Deep words.\n";
        var single = MarkdownProse.Parse(draft, maxThreads: 1);
        var several = MarkdownProse.Parse(draft, maxThreads: 2);
        Assert.Contains("nested more than", Assert.Single(single.Problems).Message);
        Assert.Equal(Describe(single), Describe(several));
    }

    private static string Describe(ProseDocument document) => string.Join("\n",
    [
        document.Prose,
        .. document.Blocks.Select(b => $"block {b.Span} {b.Kind} {b.Context}"),
        .. document.Sentences.Select(s => $"sentence {s.Span} {s.BlockIndex}"),
        .. document.FrontMatter.Select(p => $"front matter {p.Key}={p.Value}"),
        .. document.Problems.Select(p => $"problem {p.Code} {p.Span} {p.Message}"),
        document.HtmlSpans is null ? "no html spans" : "html " + string.Join(",", document.HtmlSpans),
        $"lines {document.Lines.LineCount}",
    ]);
}
