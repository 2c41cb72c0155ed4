using System.Text;
using Checker.Core.Text;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Documents;

/// <summary>One version of an open draft, as the editor holds it (saved or not). Immutable: an edit makes a new one.</summary>
public sealed record OpenDocument(string Uri, int Version, string Text)
{
    /// <summary>Applies <c>didChange</c> edits in order; each range refers to the text left by the edit before it.</summary>
    public OpenDocument Apply(int version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        var text = Text;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text ?? "";
                continue;
            }
            var lines = new LineMap(text);
            var start = Clamped(text, lines, change.Range.Start);
            var end = Math.Max(start, Clamped(text, lines, change.Range.End));
            var span = new TextSpan(start, end);
            text = new StringBuilder(text.Length + (change.Text?.Length ?? 0))
                .Append(text, 0, span.Start).Append(change.Text).Append(text, span.End, text.Length - span.End).ToString();
        }
        return new OpenDocument(Uri, version, text);
    }

    /// <summary>
    /// An edit position as the LSP specification reads it: a character past the end of its line means the line's end
    /// (before its line break), a line past the last means the end of the text; negative values mean the start.
    /// </summary>
    internal static int Clamped(string text, LineMap lines, Position? position)
    {
        if (position is null || position.Line < 0) return 0;
        if (position.Line >= lines.LineCount) return text.Length;
        var lineStart = lines.GetOffset(new LinePosition(position.Line, 0));
        var lineEnd = position.Line + 1 < lines.LineCount ? lines.GetOffset(new LinePosition(position.Line + 1, 0)) : text.Length;
        if (lineEnd > lineStart && text[lineEnd - 1] == '\n') lineEnd--;
        if (lineEnd > lineStart && text[lineEnd - 1] == '\r') lineEnd--;
        return lineStart + Math.Clamp(position.Character, 0, lineEnd - lineStart);
    }
}
