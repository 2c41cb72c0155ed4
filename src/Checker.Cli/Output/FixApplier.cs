using Checker.Core.Diagnostics;

namespace Checker.Cli.Output;

/// <summary>
/// Applies each diagnostic's preferred fix to the draft's text. Only the edited spans change: an edit that overlaps
/// one already taken is skipped (the next run offers it again), and a replacement written with "\n" takes the
/// draft's own line ending.
/// </summary>
public static class FixApplier
{
    public sealed record Outcome(string Text, IReadOnlyList<TextEdit> Applied, int Skipped);

    public static Outcome Apply(string text, IEnumerable<Diagnostic> diagnostics)
    {
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var edits = diagnostics
            .Select(d => d.Fixes.FirstOrDefault(f => f.IsPreferred))
            .Where(f => f is not null)
            .SelectMany(f => f!.Edits)
            .OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End)
            .ToList();
        var applied = new List<TextEdit>();
        var skipped = 0;
        foreach (var edit in edits)
        {
            var clashes = applied.Count > 0 && (edit.Span.Start < applied[^1].Span.End || edit.Span.Start == applied[^1].Span.Start);
            if (clashes || edit.Span.Start < 0 || edit.Span.End > text.Length) { skipped++; continue; }
            applied.Add(edit with { NewText = edit.NewText.Replace("\r\n", "\n").Replace("\n", newline) });
        }
        var result = new System.Text.StringBuilder(text);
        for (var i = applied.Count - 1; i >= 0; i--)
            result.Remove(applied[i].Span.Start, applied[i].Span.Length).Insert(applied[i].Span.Start, applied[i].NewText);
        return new Outcome(result.ToString(), applied, skipped);
    }
}
