using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace Checker.LanguageServer.Protocol;

/// <summary>How the DTOs go on the wire: camelCase names, absent (not null) optional members.</summary>
public static class LspJson
{
    /// <summary>
    /// The serializer for everything the server writes itself (notification params, diagnostics). It escapes non-ASCII
    /// characters (<c>\u201c</c> for “): the same strings once parsed, but an all-ASCII frame is read much faster by a
    /// JavaScript client (measured in Node 20 on the 100 KB draft's 870 KB frame: UTF-8 decode and JSON.parse 9–14 ms with
    /// the raw characters, 5–6 ms escaped; the frame grows ~2%). A pure encoding change: clients see the same values.
    /// </summary>
    private static readonly JsonSerializer Plain = Configured(new JsonSerializer { StringEscapeHandling = StringEscapeHandling.EscapeNonAscii });

    /// <summary>
    /// A message's params for StreamJsonRpc: an object whose members are already JSON (raw values it copies as is).
    /// StreamJsonRpc's own serializer turns params into a token tree while asking each of its converters (progress,
    /// streams, async enumerables…) about every value: for a 100 KB draft's diagnostics that took ten times longer than
    /// writing the same JSON directly. Our DTOs use none of those converters, so the bytes on the wire are the same.
    /// (It insists on an object at the top, hence one raw value per member rather than one for the whole.)
    /// </summary>
    public static JObject ToParams(object parameters)
    {
        var contract = (JsonObjectContract)Plain.ContractResolver.ResolveContract(parameters.GetType());
        var members = new JObject();
        foreach (var property in contract.Properties)
        {
            if (property.Ignored || !property.Readable || property.ValueProvider?.GetValue(parameters) is not { } value) continue;
            members[property.PropertyName!] = Raw(value);
        }
        return members;
    }

    /// <summary>A value as it goes on the wire (a <see cref="JRaw"/> is already JSON and is copied as is).</summary>
    public static string Serialize(object value)
    {
        if (value is JRaw raw) return (string)raw.Value!;
        // An array of raw values is written as "[a,b]": the values joined as they are.
        var json = new StringWriter(CultureInfo.InvariantCulture);
        Plain.Serialize(json, value);
        return json.ToString();
    }

    // A member already serialized (a draft's diagnostics written by DiagnosticsJson: an array of raw values) is handed
    // over as it is, without a copy.
    private static JToken Raw(object value) => value switch
    {
        JRaw raw => raw,
        JArray array when array.All(item => item is JRaw) => array,
        _ => new JRaw(Serialize(value)),
    };

    private static JsonSerializer Configured(JsonSerializer serializer)
    {
        Configure(serializer);
        return serializer;
    }

    public static void Configure(JsonSerializer serializer)
    {
        serializer.ContractResolver = new CamelCasePropertyNamesContractResolver();
        serializer.NullValueHandling = NullValueHandling.Ignore;
        // Keep "2026-01-08" a string: LSP has no dates, and a front-matter value must not change shape.
        serializer.DateParseHandling = DateParseHandling.None;
    }
}
