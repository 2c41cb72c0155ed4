using Checker.Core.Prose;
using System.Text.RegularExpressions;
using Checker.Core.Text;

namespace Checker.Core.Suppressions;

/// <summary>
/// Finds suppression directives in a Markdown draft. Only real HTML comments count: the Markdown reader tells them apart
/// from the same text inside a code span or a code block, which stays literal text.
/// </summary>
public static partial class DirectiveParser
{
    [GeneratedRegex(@"<!--\s*checker-(?<kind>[A-Za-z-]+)(?<args>.*?)-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"^FC\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleId();

    [GeneratedRegex(@"^evidence=(?<hash>[0-9a-f]{8})$", RegexOptions.CultureInvariant)]
    private static partial Regex EvidenceArg();

    /// <summary>The directives of a Markdown draft (read here; a check passes the document it already read).</summary>
    public static (IReadOnlyList<SuppressionDirective> Directives, IReadOnlyList<DirectiveProblem> Problems) Parse(string source) =>
        source.Contains("checker-", StringComparison.Ordinal) ? Parse(MarkdownProse.Parse(source)) : ([], []);

    /// <summary>
    /// The directives of a draft: comments in its HTML, as the Markdown reader saw it (<see cref="ProseDocument.HtmlSpans"/>).
    /// A draft that was read as plain text (nested too deeply to parse) has its comments read the same way: the whole
    /// text is one region.
    /// </summary>
    public static (IReadOnlyList<SuppressionDirective> Directives, IReadOnlyList<DirectiveProblem> Problems) Parse(ProseDocument document)
    {
        var source = document.Source;
        var directives = new List<SuppressionDirective>();
        var problems = new List<DirectiveProblem>();
        if (!source.Contains("checker-", StringComparison.Ordinal)) return (directives, problems);
        foreach (var span in document.HtmlSpans ?? [new TextSpan(0, source.Length)])
        {
            // Searched within the region only: a comment not closed inside it is not a comment.
            for (var m = Comment().Match(source, span.Start, span.Length); m.Success; m = m.NextMatch())
            {
                var at = TextSpan.FromLength(m.Index, m.Length);
                if (Read(m.Groups["kind"].Value, m.Groups["args"].Value, at, out var problem) is { } directive) directives.Add(directive);
                else problems.Add(problem!);
            }
        }
        directives.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (directives, problems);
    }

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
