using Checker.Core.Prose;
using System.Text.RegularExpressions;
using Checker.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Checker.Core.Suppressions;

/// <summary>
/// Finds suppression directives in a Markdown draft. Only real HTML comments count: Markdig tells them apart from the
/// same text inside a code span or a code block, which stays literal text.
/// </summary>
public static partial class DirectiveParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation().UseYamlFrontMatter().UsePipeTables().UseFootnotes().Build();

    [GeneratedRegex(@"<!--\s*checker-(?<kind>[A-Za-z-]+)(?<args>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^FC\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^evidence=(?<hash>[0-9a-f]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex EvidenceArg();

    /// <summary>
    /// Where comments may be directives: the draft's HTML, as Markdig sees it. A draft Markdig cannot parse safely
    /// (nested past <see cref="MarkdownGuard.MaxNesting"/>, or past Markdig's own depth limit) was read as plain text,
    /// so its comments are read the same way: the whole text is one region.
    /// </summary>
    private static IEnumerable<TextSpan> CommentRegions(string source)
    {
        if (MarkdownGuard.TooDeep(source, out _)) return [new TextSpan(0, source.Length)];
        try
        {
            var document = Markdown.Parse(MarkdownGuard.Prepare(source, []), Pipeline);
            return HtmlSpans(document, source.Length).ToList();
        }
        catch (ArgumentException)
        {
            return [new TextSpan(0, source.Length)];
        }
    }

    public static (IReadOnlyList<SuppressionDirective> Directives, IReadOnlyList<DirectiveProblem> Problems) Parse(string source)
    {
        var directives = new List<SuppressionDirective>();
        var problems = new List<DirectiveProblem>();
        if (!source.Contains("checker-", StringComparison.Ordinal)) return (directives, problems);
        foreach (var span in CommentRegions(source))
        {
            foreach (Match m in Comment().Matches(source, span.Start))
            {
                if (m.Index + m.Length > span.End) break;
                var at = TextSpan.FromLength(m.Index, m.Length);
                if (Read(m.Groups["kind"].Value, m.Groups["args"].Value, at, out var problem) is { } directive) directives.Add(directive);
                else problems.Add(problem!);
            }
        }
        directives.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (directives, problems);
    }

    /// <summary>The source spans of HTML blocks and inline HTML: the only places a comment is a comment.</summary>
    private static IEnumerable<TextSpan> HtmlSpans(MarkdownDocument document, int length)
    {
        foreach (var node in document.Descendants())
        {
            if (node is HtmlBlock block) yield return Clamp(block.Span.Start, block.Span.End, length);
            else if (node is LeafBlock { Inline: { } inline })
            {
                foreach (var html in inline.Descendants<HtmlInline>()) yield return Clamp(html.Span.Start, html.Span.End, length);
            }
        }
    }

    private static TextSpan Clamp(int start, int inclusiveEnd, int length) =>
        new(Math.Clamp(start, 0, length), Math.Clamp(inclusiveEnd + 1, 0, length)); // Markdig's End is inclusive

    private static SuppressionDirective? Read(string kindText, string argText, TextSpan at, out DirectiveProblem? problem)
    {
        problem = null;
        DirectiveKind? kind = kindText switch
        {
            "disable" => DirectiveKind.Disable,
            "enable" => DirectiveKind.Enable,
            "disable-next-line" => DirectiveKind.DisableNextLine,
            "disable-file" => DirectiveKind.DisableFile,
            "ignore" => DirectiveKind.Ignore,
            _ => null,
        };
        if (kind is null)
        {
            problem = new(at, $"Unknown directive 'checker-{kindText}' (expected checker-disable, checker-enable, checker-disable-next-line, checker-disable-file or checker-ignore); it was not applied.");
            return null;
        }
        var rules = new HashSet<string>(StringComparer.Ordinal);
        string? evidence = null;
        foreach (var arg in argText.Split((char[])[' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (RuleId().IsMatch(arg)) rules.Add(arg);
            else if (kind == DirectiveKind.Ignore && EvidenceArg().Match(arg) is { Success: true } e) evidence = e.Groups["hash"].Value;
            else
            {
                problem = new(at, $"'{arg}' in checker-{kindText} is not a rule ID like FC1001; the directive was not applied.");
                return null;
            }
        }
        if (kind == DirectiveKind.Ignore && (rules.Count != 1 || evidence is null))
        {
            problem = new(at, "checker-ignore needs one rule ID and the finding's evidence fingerprint, as in <!-- checker-ignore FC1001 evidence=1a2b3c4d -->; it was not applied.");
            return null;
        }
        return new SuppressionDirective(kind.Value, rules, at, evidence);
    }
}
