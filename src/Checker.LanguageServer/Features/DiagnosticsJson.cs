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
    }

    private readonly ConcurrentDictionary<string, DraftTemplates> _drafts = new(StringComparer.Ordinal);

    /// <summary>How many diagnostics the last <see cref="Write"/> converted and serialized afresh (the others reused a template).</summary>
    public int LastSerialized { get; private set; }

    /// <summary>
    /// The draft's diagnostics, serialized: an array of raw JSON values, one per diagnostic, for
    /// <see cref="LspJson.ToParams"/> or a response, which copy them as they are. One string per diagnostic, not one for
    /// the whole array: a string of the whole (1.7 MB for the 100 KB draft, 110 KB even for the 6 KB one) is a
    /// large-object allocation per keystroke, and those brought a full garbage collection every few keystrokes
    /// (measured in process: ~0.8 ms per write of the 6 KB draft's 65 diagnostics, nearly all of it that string).
    /// </summary>
    public JArray Write(AnalysedDraft draft)
    {
        var uri = draft.Document.Uri;
        var lines = draft.Result.Document.Lines;
        var diagnostics = draft.Result.Diagnostics;
        var templates = _drafts.GetOrAdd(uri, _ => new DraftTemplates());
        lock (templates.Gate)
        {
            var previous = templates.Generation == draft.Snapshot.Generation ? templates.ByShape : [];
            var next = new Dictionary<DiagnosticShape, DiagnosticTemplate?>(diagnostics.Count);
            var array = new JArray();
            var json = new StringBuilder(2048);
            var serialized = 0;
            foreach (var diagnostic in diagnostics)
            {
                var shape = new DiagnosticShape(diagnostic);
                var known = next.TryGetValue(shape, out var template) || previous.TryGetValue(shape, out template);
                if (!known) template = DiagnosticTemplate.Create(converter, diagnostic, uri);
                if (!known || template is null) serialized++;
                next.TryAdd(shape, template);
                if (template is null)
                {
                    array.Add(new JRaw(LspJson.Serialize(converter.Convert(diagnostic, lines, uri))));
                    continue;
                }
                json.Clear();
                template.WriteTo(json, diagnostic, lines);
                array.Add(new JRaw(json.ToString()));
            }
            templates.Generation = draft.Snapshot.Generation;
            templates.ByShape = next;
            LastSerialized = serialized;
            return array;
        }
    }

    /// <summary>Drops a closed draft's templates.</summary>
    public void Forget(string uri) => _drafts.TryRemove(uri, out _);
}
