using System.Text;
using Checker.Core.Diagnostics;
using Checker.Core.Text;

namespace Checker.Cli.Output;

/// <summary>
/// A unified diff (as `diff -u` and `git apply` read it) of a text and the same text with some edits applied. The
/// changed lines follow from the edits, so no general diff algorithm is needed; three lines of context, as usual.
/// </summary>
public static class UnifiedDiff
{
    private const int ContextLines = 3;

    private sealed record Change(int OldStart, int OldCount, IReadOnlyList<string> NewLines);

    public static string Create(string path, string oldText, IReadOnlyList<TextEdit> edits)
    {
        if (edits.Count == 0) return "";
        var lines = new LineMap(oldText);
        var oldLines = SplitLines(oldText);
        var changes = Changes(oldText, lines, edits);
        var sb = new StringBuilder();
        sb.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var delta = 0;
        for (var i = 0; i < changes.Count;)
        {
            // A hunk takes every change whose context touches the previous one's.
            var j = i;
            while (j + 1 < changes.Count && changes[j + 1].OldStart - (changes[j].OldStart + changes[j].OldCount) <= 2 * ContextLines) j++;
            var from = Math.Max(0, changes[i].OldStart - ContextLines);
            var to = Math.Min(oldLines.Count, changes[j].OldStart + changes[j].OldCount + ContextLines);
            var body = new StringBuilder();
            int oldCount = 0, newCount = 0, deltaBefore = delta;
            var line = from;
            for (var k = i; k <= j; k++)
            {
                for (; line < changes[k].OldStart; line++, oldCount++, newCount++) body.Append(' ').Append(oldLines[line]).Append('\n');
                for (var n = 0; n < changes[k].OldCount; n++, line++, oldCount++) body.Append('-').Append(oldLines[line]).Append('\n');
                foreach (var added in changes[k].NewLines) { body.Append('+').Append(added).Append('\n'); newCount++; }
                delta += changes[k].NewLines.Count - changes[k].OldCount;
            }
            for (; line < to; line++, oldCount++, newCount++) body.Append(' ').Append(oldLines[line]).Append('\n');
            sb.Append($"@@ -{Range(from, oldCount)} +{Range(from + deltaBefore, newCount)} @@\n").Append(body);
            i = j + 1;
        }
        return sb.ToString();
    }

    private static string Range(int start, int count) => count == 0 ? $"{start},0" : $"{start + 1},{count}";

    /// <summary>Groups edits by the lines they touch; each group's lines are rewritten whole.</summary>
    private static List<Change> Changes(string text, LineMap lines, IReadOnlyList<TextEdit> edits)
    {
        var changes = new List<Change>();
        var sorted = edits.OrderBy(e => e.Span.Start).ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var first = lines.GetPosition(sorted[i].Span.Start).Line;
            var last = lines.GetPosition(sorted[i].Span.End).Line;
            var j = i;
            while (j + 1 < sorted.Count && lines.GetPosition(sorted[j + 1].Span.Start).Line <= last)
                last = Math.Max(last, lines.GetPosition(sorted[++j].Span.End).Line);
            var start = lines.GetOffset(new LinePosition(first, 0));
            var end = LineEnd(text, lines.GetOffset(new LinePosition(last, 0)));
            var segment = new StringBuilder(text[start..end]);
            for (var k = j; k >= i; k--)
                segment.Remove(sorted[k].Span.Start - start, sorted[k].Span.Length).Insert(sorted[k].Span.Start - start, sorted[k].NewText);
            changes.Add(new Change(first, last - first + 1, SplitLines(segment.ToString(), keepEmptyLast: true)));
            i = j + 1;
        }
        return changes;
    }

    private static int LineEnd(string text, int lineStart)
    {
        var newline = text.IndexOf('\n', lineStart);
        return newline < 0 ? text.Length : newline;
    }

    /// <summary>Lines without their endings ("\r" included, shown as-is by diff tools, so it is dropped here).</summary>
    private static List<string> SplitLines(string text, bool keepEmptyLast = false)
    {
        var parts = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (!keepEmptyLast && parts.Count > 0 && parts[^1].Length == 0) parts.RemoveAt(parts.Count - 1);
        return parts;
    }
}
