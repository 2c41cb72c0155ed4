using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Checker.LanguageServer.Protocol;

/// <summary>How the DTOs go on the wire: camelCase names, absent (not null) optional members.</summary>
public static class LspJson
{
    public static void Configure(JsonSerializer serializer)
    {
        serializer.ContractResolver = new CamelCasePropertyNamesContractResolver();
        serializer.NullValueHandling = NullValueHandling.Ignore;
        // Keep "2026-01-08" a string: LSP has no dates, and a front-matter value must not change shape.
        serializer.DateParseHandling = DateParseHandling.None;
    }
}
