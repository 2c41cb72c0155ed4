using System.Collections.Concurrent;
using System.Text;
using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Features;

/// <summary>
/// Each open draft's diagnostics as the JSON array that goes on the wire, written from the previous version's
/// <see cref="DiagnosticTemplate"/>s: a keystroke converts and serializes only the diagnostics that are new (by
/// <see cref="DiagnosticShape"/>) and writes fresh ranges into the others. On the 100 KB latency draft (~1,000
/// diagnostics, ~900 KB of JSON) that replaces building and serializing every DTO on every keystroke. The bytes are
/// the same as <c>LspJson.Serialize</c> of <see cref="DiagnosticConverter.Convert(Checker.Core.Diagnostics.Diagnostic, Checker.Core.Text.LineMap, string)"/>'s
/// output. A draft keeps only the templates its last version used, and none from an older snapshot.
/// </summary>
public sealed class DiagnosticsJson(DiagnosticConverter converter)
{
    private sealed class DraftTemplates
    {
        public readonly Lock Gate = new();
        public int Generation = -1;
        public Dictionary<DiagnosticShape, DiagnosticTemplate?> ByShape = [];
        public int LastLength;
    }

    private readonly ConcurrentDictionary<string, DraftTemplates> _drafts = new(StringComparer.Ordinal);

    /// <summary>How many diagnostics the last <see cref="Write"/> converted and serialized afresh (the others reused a template).</summary>
    public int LastSerialized { get; private set; }

    /// <summary>The draft's diagnostics, serialized: a raw JSON value to hand to <see cref="LspJson.ToParams"/> or a response.</summary>
    public JRaw Write(AnalysedDraft draft)
    {
        var uri = draft.Document.Uri;
        var lines = draft.Result.Document.Lines;
        var diagnostics = draft.Result.Diagnostics;
        var templates = _drafts.GetOrAdd(uri, _ => new DraftTemplates());
        lock (templates.Gate)
        {
            var previous = templates.Generation == draft.Snapshot.Generation ? templates.ByShape : [];
            var next = new Dictionary<DiagnosticShape, DiagnosticTemplate?>(diagnostics.Count);
            var json = new StringBuilder(templates.LastLength + 1024);
            var serialized = 0;
            json.Append('[');
            for (var i = 0; i < diagnostics.Count; i++)
            {
                var diagnostic = diagnostics[i];
                if (i > 0) json.Append(',');
                var shape = new DiagnosticShape(diagnostic);
                var known = next.TryGetValue(shape, out var template) || previous.TryGetValue(shape, out template);
                if (!known) template = DiagnosticTemplate.Create(converter, diagnostic, uri);
                if (!known || template is null) serialized++;
                next.TryAdd(shape, template);
                if (template is null) json.Append(LspJson.Serialize(converter.Convert(diagnostic, lines, uri)));
                else template.WriteTo(json, diagnostic, lines);
            }
            json.Append(']');
            templates.Generation = draft.Snapshot.Generation;
            templates.ByShape = next;
            templates.LastLength = json.Length;
            LastSerialized = serialized;
            return new JRaw(json.ToString());
        }
    }

    /// <summary>Drops a closed draft's templates.</summary>
    public void Forget(string uri) => _drafts.TryRemove(uri, out _);
}
