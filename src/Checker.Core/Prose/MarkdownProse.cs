using System.Buffers;
using Checker.Core.Text;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Checker.Core.Prose;

/// <summary>
/// Reads a Markdown draft into a <see cref="ProseDocument"/>: only literal text of paragraphs, headings, list items,
/// quotes and table cells (including emphasis and link text) stays; code, HTML, URLs, footnote labels, list markers
/// and front matter become spaces. Any input is valid Markdown, so this never throws on user text.
/// </summary>
public static class MarkdownProse
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseFootnotes()
        .Build();

    public static ProseDocument Parse(string source) => Parse(source, maxThreads: null);

    /// <summary>
    /// The same, on at most <paramref name="maxThreads"/> threads (null: one per core); the document is the same however
    /// many. A long draft's prose is a new string on the large-object heap, in memory the runtime has just handed back
    /// to the system, so blanking it takes page faults costing about what Markdig's parse does (~5 ms for 1 MB): Markdig
    /// then parses on another core meanwhile.
    /// </summary>
    public static ProseDocument Parse(string source, int? maxThreads)
    {
        var problems = new List<DocumentProblem>();
        var lines = new LineMap(source);
        if (MarkdownGuard.TooDeep(source, lines, out var deepLine))
            return MarkdownGuard.ReadFlat(source, lines, deepLine, $"Quotes or lists are nested more than {MarkdownGuard.MaxNesting} levels deep here; the draft was read as plain text.", problems);
        var input = MarkdownGuard.Prepare(source, problems);
        Func<MarkdownDocument?> document = () => TryParse(input);
        if (Parallelism.Threads(maxThreads, source.Length, MinLengthPerThread) > 1)
        {
            var parsing = Task.Run(document);
            document = () => parsing.GetAwaiter().GetResult();
        }
        // Drafts run to a block (paragraph, heading, item or cell) every 70-340 characters: the list seldom grows.
        var blocks = new List<ProseBlock>(source.Length / 128);
        var read = new Reading(source, document, blocks, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), problems, []);
        // The prose is painted straight into the new string: a draft-sized buffer fewer (2 MB for a 1 MB draft).
        var prose = string.Create(source.Length, read, static (prose, read) => Read(read, prose));
        if (read.Unparsed)
        {
            // Markdig's depth limit ("too deeply nested"): read the draft as plain text and say where.
            problems.Clear();
            return MarkdownGuard.ReadFlat(source, lines, MarkdownGuard.DeepestLine(source, lines), "Markdown elements are nested too deeply to parse; the draft was read as plain text.", problems);
        }
        return new ProseDocument(source, lines, prose, read.Blocks, read.FrontMatter, problems, read.Html);
    }

    /// <summary>
    /// Markdig is handed to another thread only for a draft of twice this many characters or more: below that the
    /// prose's pages cost less to blank than the hand-off (a 100 KB draft parses no faster on two cores).
    /// </summary>
    private const int MinLengthPerThread = 128 * 1024;

    /// <summary>Markdig's tree of the draft; null where Markdig gives up on it.</summary>
    private static MarkdownDocument? TryParse(string input)
    {
        try
        {
            return Markdown.Parse(input, Pipeline);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or InsufficientExecutionStackException)
        {
            return null;
        }
    }

    /// <summary>What <see cref="Read"/> reads from and into; <see cref="Unparsed"/> when Markdig gave up on the draft.</summary>
    private sealed record Reading(string Source, Func<MarkdownDocument?> Document, List<ProseBlock> Blocks,
        Dictionary<string, string> FrontMatter, List<DocumentProblem> Problems, List<TextSpan> Html)
    {
        public bool Unparsed { get; set; }
    }

    /// <summary>Blanks <paramref name="prose"/> (the draft may still be parsing on another core meanwhile), then paints each paragraph's, heading's and cell's literal text into it.</summary>
    private static void Read(Reading read, Span<char> prose)
    {
        prose.Fill(' ');
        if (read.Document() is not { } document)
        {
            read.Unparsed = true;
            return;
        }
        var source = read.Source;
        var heading = "";
        var pending = new Stack<(Inline, bool InImage)>();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block is YamlFrontMatterBlock yaml)
            {
                FrontMatter.Read(source, yaml, read.FrontMatter, read.Problems);
                continue;
            }
            if (block is HtmlBlock)
            {
                read.Html.Add(SourceSpan(block.Span, source.Length));
                continue;
            }
            if (block is not (ParagraphBlock or HeadingBlock) || block.Inline is null) continue;
            var span = Paint(source, block.Inline, prose, pending, read.Html);
            if (span.IsEmpty) continue;
            var kind = KindOf(block);
            var context = block.Parent is TableCell cell ? TableContext(source, cell) : heading;
            read.Blocks.Add(new ProseBlock(span, kind, context));
            if (kind == BlockKind.Heading) heading = prose[span.Start..span.End].Trim().ToString();
        }
    }

    /// <summary>
    /// Copies the literal characters of an inline container into the prose (not those of an image's alt text, which
    /// is not prose) and notes its inline HTML; returns the span the literals cover. Walks the inlines with an
    /// explicit stack (left empty), as nesting is the draft's.
    /// </summary>
    private static TextSpan Paint(string source, ContainerInline container, Span<char> prose, Stack<(Inline, bool InImage)> pending,
        List<TextSpan> html)
    {
        int start = int.MaxValue, end = -1;
        pending.Push((container, false));
        while (pending.TryPop(out var next))
        {
            var (inline, inImage) = next;
            switch (inline)
            {
                case LiteralInline literal when !inImage:
                    var span = SourceSpan(literal.Span, source.Length);
                    if (span.IsEmpty) break;
                    PaintLiteral(source.AsSpan(span.Start, span.Length), prose.Slice(span.Start, span.Length));
                    start = Math.Min(start, span.Start);
                    end = Math.Max(end, span.End);
                    break;
                case HtmlInline:
                    html.Add(SourceSpan(inline.Span, source.Length));
                    break;
                case ContainerInline children:
                    var childrenInImage = inImage || children is LinkInline { IsImage: true };
                    for (var child = children.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, childrenInImage));
                    break;
            }
        }
        return end < 0 ? default : new TextSpan(start, end);
    }

    /// <summary>A Markdig span (its End is inclusive) as a half-open span inside the source, empty when it has no text.</summary>
    private static TextSpan SourceSpan(Markdig.Syntax.SourceSpan span, int length)
    {
        var start = Math.Clamp(span.Start, 0, length);
        return new TextSpan(start, Math.Clamp(span.End + 1, start, length));
    }

    /// <summary>What in a literal is not prose as it stands: line breaks and tabs, and the backslash of an escape.</summary>
    private static readonly SearchValues<char> NotProseInLiteral = SearchValues.Create("\r\n\t\\");

    /// <summary>A literal's text as prose: line breaks and tabs become spaces, and a backslash escape is markup.</summary>
    private static void PaintLiteral(ReadOnlySpan<char> text, Span<char> prose)
    {
        text.CopyTo(prose);
        // Most literals hold none of these: one vectorized search, and the copy stands.
        var at = text.IndexOfAny(NotProseInLiteral);
        while (at >= 0)
        {
            if (text[at] != '\\') prose[at] = ' ';
            else if (at + 1 < text.Length && (char.IsPunctuation(text[at + 1]) || char.IsSymbol(text[at + 1]))) prose[at] = ' ';
            var next = text[(at + 1)..].IndexOfAny(NotProseInLiteral);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    private static BlockKind KindOf(LeafBlock block)
    {
        if (block is HeadingBlock) return BlockKind.Heading;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case TableCell: return BlockKind.TableCell;
                case ListItemBlock: return BlockKind.ListItem;
                case QuoteBlock: return BlockKind.Quote;
            }
        }
        return BlockKind.Paragraph;
    }

    /// <summary>A cell is read with its row's first cell and its column's header, which say what its figure is of.</summary>
    private static string TableContext(string source, TableCell cell)
    {
        if (cell.Parent is not TableRow row || row.Parent is not Table table) return "";
        var column = row.IndexOf(cell);
        var parts = new List<string>();
        if (column > 0 && row.Count > 0) parts.Add(CellText(source, (TableCell)row[0]));
        if (table.Count > 0 && table[0] is TableRow header && header.IsHeader && header != row && column < header.Count)
            parts.Add(CellText(source, (TableCell)header[column]));
        return string.Join(" ", parts.Where(p => p.Length > 0));
    }

    private static string CellText(string source, TableCell cell)
    {
        var start = Math.Max(0, cell.Span.Start);
        var end = Math.Min(source.Length, cell.Span.End + 1);
        return end > start ? source[start..end].Trim().Trim('|').Trim() : "";
    }
}
