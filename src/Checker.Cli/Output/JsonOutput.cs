using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Checker.Cli.Output;

/// <summary>
/// Writes the JSON documents the commands build as <see cref="JToken"/> trees, indented, byte for byte as
/// <c>JToken.ToString()</c> would. It walks the tree itself because <c>JToken.WriteTo</c> and <c>ToString</c> accept
/// converters and so reach Newtonsoft's whole serializer — and through it System.Data, System.Xml and System.Net.Http —
/// which a NativeAOT build then carries and initialises at every start.
/// </summary>
public static class JsonOutput
{
    public static void Write(TextWriter writer, JToken token)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        WriteToken(json, token);
        json.Flush();
    }

    public static string ToText(JToken token)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, token);
        return text.ToString();
    }

    private static void WriteToken(JsonWriter json, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                json.WriteStartObject();
                foreach (var property in obj.Properties())
                {
                    json.WritePropertyName(property.Name);
                    WriteToken(json, property.Value);
                }
                json.WriteEndObject();
                break;
            case JArray array:
                json.WriteStartArray();
                foreach (var item in array) WriteToken(json, item);
                json.WriteEndArray();
                break;
            case JValue value:
                WriteValue(json, value.Value);
                break;
            default:
                throw new NotSupportedException($"JSON output has no form for a {token.Type} token");
        }
    }

    private static void WriteValue(JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(); break;
            case string s: json.WriteValue(s); break;
            case bool b: json.WriteValue(b); break;
            case int i: json.WriteValue(i); break;
            case long l: json.WriteValue(l); break;
            case double d: json.WriteValue(d); break;
            case float f: json.WriteValue(f); break;
            case decimal m: json.WriteValue(m); break;
            default: throw new NotSupportedException($"JSON output has no form for a {value.GetType().Name} value");
        }
    }
}
