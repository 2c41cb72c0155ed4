using System.Globalization;
using Newtonsoft.Json;

namespace Checker.Cli.Output;

/// <summary>
/// Streams the commands' JSON documents through an indented <see cref="JsonTextWriter"/>. No <c>JToken</c> tree is
/// built: any constructed <c>JToken</c> keeps <c>JToken.ToString()</c>, which reaches Newtonsoft's whole serializer —
/// and through it System.Data, System.Xml and System.Net.Http — that a NativeAOT build would then carry and map in at
/// every start. Streaming also keeps a large report from being held in memory twice.
/// </summary>
public static class JsonOutput
{
    /// <summary>Writes one document to <paramref name="writer"/> (left open), then flushes it.</summary>
    public static void Write(TextWriter writer, Action<JsonWriter> document)
    {
        using var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, CloseOutput = false };
        document(json);
        json.Flush();
    }

    public static string ToText(Action<JsonWriter> document)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, document);
        return text.ToString();
    }

    public static void WriteProperty(this JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void WriteProperty(this JsonWriter json, string name, long value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void WriteProperty(this JsonWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    public static void WriteProperty(this JsonWriter json, string name, bool value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>An array of strings.</summary>
    public static void WriteProperty(this JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values) json.WriteValue(value);
        json.WriteEndArray();
    }

    /// <summary>An array with one element per item, each written by <paramref name="write"/>.</summary>
    public static void WriteArray<T>(this JsonWriter json, string name, IEnumerable<T> items, Action<JsonWriter, T> write)
    {
        json.WritePropertyName(name);
        json.WriteArray(items, write);
    }

    public static void WriteArray<T>(this JsonWriter json, IEnumerable<T> items, Action<JsonWriter, T> write)
    {
        json.WriteStartArray();
        foreach (var item in items) write(json, item);
        json.WriteEndArray();
    }

    /// <summary><c>{"name": {"text": value}}</c>, SARIF's message shape.</summary>
    public static void WriteTextObject(this JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteProperty("text", value);
        json.WriteEndObject();
    }
}
