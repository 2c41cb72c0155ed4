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
            var span = new LineMap(text).ToSpan(change.Range);
            text = new StringBuilder(text.Length + (change.Text?.Length ?? 0))
                .Append(text, 0, span.Start).Append(change.Text).Append(text, span.End, text.Length - span.End).ToString();
        }
        return new OpenDocument(Uri, version, text);
    }
}
