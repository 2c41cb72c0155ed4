using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer;

/// <summary>
/// <c>initializationOptions</c> the server understands, all optional: <c>cacheDirectory</c> (where embedded seeds and
/// generated pages are written; the VS Code extension passes its global storage), <c>debounceMs</c>, <c>diagnosticMode</c>
/// ("push" forces publishing even to a client that can pull), and <c>settings</c> (the <c>checker</c> section, for clients
/// that cannot answer <c>workspace/configuration</c>).
/// </summary>
public sealed record ServerOptions(string CacheDirectory, TimeSpan? Debounce, bool ForcePush, JToken? Settings)
{
    public static ServerOptions Parse(JToken? options, string defaultCacheDirectory)
    {
        var obj = options as JObject;
        var cache = obj?["cacheDirectory"] is { Type: JTokenType.String } c && ((string)c!).Length > 0 ? (string)c! : defaultCacheDirectory;
        var debounce = obj?["debounceMs"] is { Type: JTokenType.Integer } d && (long)d! is >= 0 and <= 10_000
            ? TimeSpan.FromMilliseconds((long)d!) : (TimeSpan?)null; // null: adaptive (DiagnosticsScheduler.DebounceFor)
        var forcePush = obj?["diagnosticMode"] is { Type: JTokenType.String } m && (string)m! == "push";
        return new ServerOptions(cache, debounce, forcePush, obj?["settings"]);
    }
}
