using Checker.Core.Diagnostics;
using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// The client's <c>checker</c> settings the server acts on: <c>seeds</c> (a folder with a manifest; relative to the
/// workspace root) and <c>severity</c> (rule ID → "error" | "warning" | "information" | "hint" | "off").
/// Unknown or ill-typed values are ignored and reported, never fatal.
/// </summary>
public sealed record ServerSettings(string? Seeds, IReadOnlyDictionary<string, Severity?> Severities)
{
    public static ServerSettings Default { get; } = new(null, new Dictionary<string, Severity?>());

    public static ServerSettings Parse(JToken? section, List<string> problems)
    {
        if (section is not JObject obj) return Default;
        var seeds = obj["seeds"] is { Type: JTokenType.String } s && ((string)s!).Trim().Length > 0 ? ((string)s!).Trim() : null;
        var severities = new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase);
        if (obj["severity"] is JObject map)
        {
            foreach (var (id, value) in map)
            {
                if (value?.Type == JTokenType.String && TryParseSeverity((string)value!, out var severity))
                    severities[id.ToUpperInvariant()] = severity;
                else
                    problems.Add($"checker.severity.{id}: expected error, warning, information, hint or off");
            }
        }
        return new ServerSettings(seeds, severities);
    }

    private static bool TryParseSeverity(string text, out Severity? severity)
    {
        severity = text.Trim().ToLowerInvariant() switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "information" or "info" => Severity.Information,
            "hint" => Severity.Hint,
            _ => null,
        };
        return severity is not null || text.Trim().Equals("off", StringComparison.OrdinalIgnoreCase);
    }

    public bool SameAs(ServerSettings other) =>
        Seeds == other.Seeds && Severities.Count == other.Severities.Count &&
        Severities.All(kv => other.Severities.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
