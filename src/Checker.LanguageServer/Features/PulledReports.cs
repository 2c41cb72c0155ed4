using System.Collections.Concurrent;
using Checker.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Features;

/// <summary>
/// The last full report each draft's client pulled, so that a pull finding exactly the same diagnostics (the same JSON,
/// ranges included) answers "unchanged" with the result ID the client already holds instead of sending them again.
/// </summary>
public sealed class PulledReports
{
    private sealed record Sent(string ResultId, string[] Items);

    private readonly ConcurrentDictionary<string, Sent> _last = new(StringComparer.Ordinal);

    /// <summary>The answer to a pull: unchanged when the client's <paramref name="previousResultId"/> names a report with these very items.</summary>
    public object Answer(string uri, string? previousResultId, JArray items, string resultId)
    {
        var json = items.Select(item => (string)((JRaw)item).Value!).ToArray();
        if (previousResultId is not null && _last.TryGetValue(uri, out var last) &&
            last.ResultId == previousResultId && last.Items.SequenceEqual(json, StringComparer.Ordinal))
            return new UnchangedDocumentDiagnosticReport(previousResultId);
        _last[uri] = new Sent(resultId, json);
        return new FullDocumentDiagnosticReport(items, resultId);
    }

    public void Forget(string uri) => _last.TryRemove(uri, out _);
}
