using Checker.Core.Text;

namespace Checker.Core.Prose;

public enum BlockKind { Paragraph, Heading, ListItem, Quote, TableCell, SourceLine }

/// <summary>
/// A run of prose: a paragraph, heading, list item, quote or table cell. <see cref="Context"/> carries text that
/// frames the block without being part of it: a table cell's row and column headers, the section heading.
/// </summary>
public sealed record ProseBlock(TextSpan Span, BlockKind Kind, string Context);

public sealed record Sentence(TextSpan Span, int BlockIndex);

/// <summary>A problem found while reading a document (malformed front matter, say). Never thrown.</summary>
public sealed record DocumentProblem(string Code, TextSpan Span, string Message);

/// <summary>
/// A document reduced to its prose. <see cref="Prose"/> has exactly the length of <see cref="Source"/>: every character
/// that is not prose (markup, code, URLs, comments) is replaced by a space, so an offset into the prose is an offset
/// into the source and spans never need re-mapping.
/// </summary>
public sealed class ProseDocument
{
    public ProseDocument(string source, string prose, IReadOnlyList<ProseBlock> blocks,
        IReadOnlyDictionary<string, string>? frontMatter = null, IReadOnlyList<DocumentProblem>? problems = null,
        IReadOnlyList<TextSpan>? htmlSpans = null)
        : this(source, new LineMap(source), prose, blocks, frontMatter, problems, htmlSpans)
    {
    }

    /// <summary>For a reader that mapped the source's lines already (the Markdown reader checks their nesting first).</summary>
    internal ProseDocument(string source, LineMap lines, string prose, IReadOnlyList<ProseBlock> blocks,
        IReadOnlyDictionary<string, string>? frontMatter, IReadOnlyList<DocumentProblem>? problems, IReadOnlyList<TextSpan>? htmlSpans)
    {
        if (source.Length != prose.Length) throw new ArgumentException("Prose must be the same length as the source.");
        Source = source;
        Prose = prose;
        Blocks = blocks;
        FrontMatter = frontMatter ?? new Dictionary<string, string>();
        Problems = problems ?? [];
        HtmlSpans = htmlSpans;
        Lines = lines;
        Sentences = SentenceSplitter.Split(this);
    }

    public string Source { get; }
    public string Prose { get; }
    public IReadOnlyList<ProseBlock> Blocks { get; }
    public IReadOnlyList<Sentence> Sentences { get; }
    public IReadOnlyDictionary<string, string> FrontMatter { get; }
    public IReadOnlyList<DocumentProblem> Problems { get; }
    public LineMap Lines { get; }

    /// <summary>
    /// The source spans of HTML blocks and inline HTML, in document order: the only places an HTML comment (a
    /// suppression directive) is a comment rather than text in code. Null when the document was not read as Markdown
    /// (plain text, or Markdown nested too deeply to parse), where any text may hold one.
    /// </summary>
    public IReadOnlyList<TextSpan>? HtmlSpans { get; }

    public string SourceText(TextSpan span) => Source.Substring(span.Start, span.Length);
    public string ProseText(TextSpan span) => Prose.Substring(span.Start, span.Length);
}
