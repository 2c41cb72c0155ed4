using Checker.Core.Text;

namespace Checker.Core.Prose;

/// <summary>
/// Keeps pathological Markdown from hanging or crashing the parser. Markdig is quadratic on a long run of link or
/// image openers without spaces ("[a]([a]([a](..."), slow on thousands of nested list levels, and throws when
/// elements nest past its depth limit. Such text is never prose a writer wants checked, so: a long space-free run
/// dense with markup is blanked before parsing (same length, so offsets still hold), a document nested deeper than
/// anyone writes is read line by line as plain text, and both are reported as an FC9003 problem at their position.
/// </summary>
internal static class MarkdownGuard
{
    /// <summary>A space-free run at least this long is looked at; one with at least <see cref="MaxMarkupInRun"/> markup characters is blanked.</summary>
    public const int LongRun = 1024;
    public const int MaxMarkupInRun = 64;

    /// <summary>Quote and list nesting deeper than this is not a real draft; Markdig would be slow on it or give up.</summary>
    public const int MaxNesting = 64;

    /// <summary>The text Markdig should parse: the source, or a copy of it with pathological runs blanked.</summary>
    public static string Prepare(string source, List<DocumentProblem> problems)
    {
        char[]? copy = null;
        // Any run of LongRun or more characters covers a multiple of LongRun / 2, so only those positions are looked
        // at, and the run around each is measured: a few characters per probe instead of a test per character.
        const int probeStep = LongRun / 2;
        for (var probe = 0; probe < source.Length; probe += probeStep)
        {
            if (char.IsWhiteSpace(source[probe])) continue;
            var start = probe;
            while (start > 0 && !char.IsWhiteSpace(source[start - 1])) start--;
            var end = probe;
            while (end < source.Length && !char.IsWhiteSpace(source[end])) end++;
            // The next probe past this run.
            probe = (end / probeStep) * probeStep;
            if (end - start < LongRun) continue;
            var markup = 0;
            for (var i = start; i < end; i++)
            {
                if (source[i] is '[' or ']' or '(' or ')' or '*' or '_' or '!' or '<' or '>' or '`' or '~' or '^') markup++;
            }
            if (markup < MaxMarkupInRun) continue;
            copy ??= source.ToCharArray();
            Array.Fill(copy, ' ', start, end - start);
            problems.Add(new DocumentProblem("FC9003", new TextSpan(start, end),
                $"A run of {end - start} characters of markup without spaces was skipped: it is not prose and would make Markdown parsing slow."));
        }
        return copy is null ? source : new string(copy);
    }

    /// <summary>True when some line nests quotes or lists deeper than <see cref="MaxNesting"/>; <paramref name="line"/> is its span.</summary>
    public static bool TooDeep(string source, LineMap lines, out TextSpan line)
    {
        for (var i = 0; i < lines.LineCount; i++)
        {
            line = lines.Line(i);
            if (Nesting(source, line.Start, line.End) > MaxNesting) return true;
        }
        line = default;
        return false;
    }

    /// <summary>The span of the line with the deepest leading markup: where to point when the parser gave up.</summary>
    public static TextSpan DeepestLine(string source, LineMap lines)
    {
        var best = lines.Line(0);
        var bestDepth = -1;
        for (var i = 0; i < lines.LineCount; i++)
        {
            var line = lines.Line(i);
            var depth = Nesting(source, line.Start, line.End, countInline: true);
            if (depth > bestDepth) (best, bestDepth) = (line, depth);
        }
        return best;
    }

    /// <summary>Leading quote markers, list markers and indentation (two columns a level) of one line.</summary>
    private static int Nesting(string source, int start, int end, bool countInline = false)
    {
        var depth = 0;
        var columns = 0;
        for (var i = start; i < end; i++)
        {
            var c = source[i];
            if (c == ' ') columns++;
            else if (c == '\t') columns += 4;
            else if (c is '>' or '-' or '+' or '*') depth++;
            else if (countInline && c is '[' or '(' or '!' or '_' or '<' or '`' or '~' or '^') depth++;
            else if (!countInline) break;
            else if (char.IsLetterOrDigit(c)) break;
        }
        return depth + columns / 2;
    }

    /// <summary>
    /// Reads a document the parser cannot take as plain lines: each line's text after its leading markers is prose,
    /// one block a line, with the problem that says why at <paramref name="where"/>.
    /// </summary>
    public static ProseDocument ReadFlat(string source, LineMap lines, TextSpan where, string why, List<DocumentProblem> problems)
    {
        var prose = new char[source.Length];
        Array.Fill(prose, ' ');
        var blocks = new List<ProseBlock>();
        for (var n = 0; n < lines.LineCount; n++)
        {
            var line = lines.Line(n);
            var (from, end) = (line.Start, line.End);
            while (from < end && (char.IsWhiteSpace(source[from]) || source[from] is '>' or '-' or '+' or '*' or '#')) from++;
            var to = end;
            while (to > from && char.IsWhiteSpace(source[to - 1])) to--;
            if (to > from)
            {
                for (var i = from; i < to; i++) prose[i] = source[i] is '\t' or '\r' ? ' ' : source[i];
                blocks.Add(new ProseBlock(new TextSpan(from, to), BlockKind.Paragraph, ""));
            }
        }
        problems.Add(new DocumentProblem("FC9003", where, why));
        return new ProseDocument(source, lines, new string(prose), blocks, null, problems, null);
    }
}
