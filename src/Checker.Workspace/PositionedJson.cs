using Newtonsoft.Json;

namespace Checker.Workspace;

public enum PositionedJsonKind { Object, Array, String, Integer, Float, Boolean, Null, Other }

/// <summary>One property of a <see cref="PositionedJson"/> object, with where its name was read.</summary>
public sealed record PositionedProperty(string Name, int Line, int Position, PositionedJson Value);

/// <summary>
/// A small JSON document read through a <see cref="JsonTextReader"/>, each value and property name keeping the reader's
/// <c>LineNumber</c> and <c>LinePosition</c> where it was read, so a checker.json or baseline problem can point at it.
/// It stands in for <c>JToken.ReadFrom</c> with line info and comments ignored, and reads the same way (the whole
/// document is read, so a syntax error anywhere wins over a wrong value; a repeated property name replaces the earlier
/// value in its place; the same errors at the end of the text), without constructing a <c>JToken</c>: any JToken keeps
/// Newtonsoft's whole serializer in a NativeAOT build. Meant for small files, not for large documents.
/// </summary>
public sealed class PositionedJson
{
    private static readonly IReadOnlyList<PositionedProperty> NoProperties = [];
    private static readonly IReadOnlyList<PositionedJson> NoItems = [];

    private PositionedJson(PositionedJsonKind kind, int line, int position, object? value)
    {
        Kind = kind;
        Line = line;
        Position = position;
        Value = value;
    }

    public PositionedJsonKind Kind { get; }

    /// <summary>Json.NET's line (one-based) and position (just after the token) when the value was read.</summary>
    public int Line { get; }

    public int Position { get; }

    /// <summary>A scalar's value as the reader gave it (string, long or BigInteger, double, bool); null otherwise.</summary>
    public object? Value { get; }

    /// <summary>An object's properties in document order; empty for anything else.</summary>
    public IReadOnlyList<PositionedProperty> Properties { get; private set; } = NoProperties;

    /// <summary>An array's items; empty for anything else.</summary>
    public IReadOnlyList<PositionedJson> Items { get; private set; } = NoItems;

    public string? String => Kind == PositionedJsonKind.String ? (string)Value! : null;

    /// <summary>The value of the last property with this name, as an object reads.</summary>
    public PositionedJson? this[string name]
    {
        get
        {
            foreach (var property in Properties)
                if (property.Name == name) return property.Value;
            return null;
        }
    }

    /// <summary>
    /// Reads one value from the reader's next content (comments skipped) and stops after it; later text is left unread.
    /// Throws <see cref="JsonReaderException"/> with a position, as the reader does, for bad or truncated JSON.
    /// </summary>
    public static PositionedJson Read(JsonTextReader reader)
    {
        if (!ReadContent(reader)) throw Error(reader, "Error reading JToken from JsonReader.");
        var root = reader.TokenType switch
        {
            JsonToken.StartObject => "JObject",
            JsonToken.StartArray => "JArray",
            JsonToken.StartConstructor => "JConstructor",
            _ => null,
        };
        if (root is null) return ReadValue(reader, "JToken");
        // A container with nothing after its opening is reported as Json.NET's loader reports it.
        var node = Start(reader);
        if (!reader.Read()) throw Error(reader, $"Error reading {root} from JsonReader.");
        if (reader.TokenType == JsonToken.Comment) Next(reader, root);
        return ReadChildren(reader, node, root);
    }

    private static PositionedJson ReadValue(JsonTextReader reader, string root)
    {
        switch (reader.TokenType)
        {
            case JsonToken.StartObject or JsonToken.StartArray or JsonToken.StartConstructor:
                var node = Start(reader);
                Next(reader, root);
                return ReadChildren(reader, node, root);
            case JsonToken.String: return Scalar(reader, PositionedJsonKind.String);
            case JsonToken.Integer: return Scalar(reader, PositionedJsonKind.Integer);
            case JsonToken.Float: return Scalar(reader, PositionedJsonKind.Float);
            case JsonToken.Boolean: return Scalar(reader, PositionedJsonKind.Boolean);
            case JsonToken.Null: return Scalar(reader, PositionedJsonKind.Null);
            case JsonToken.Date or JsonToken.Bytes or JsonToken.Undefined: return Scalar(reader, PositionedJsonKind.Other);
            default: throw Error(reader, $"Error reading JToken from JsonReader. Unexpected token: {reader.TokenType}");
        }
    }

    /// <summary>Reads a container's children; the reader is on the first token after its opening.</summary>
    private static PositionedJson ReadChildren(JsonTextReader reader, PositionedJson node, string root)
    {
        switch (node.Kind)
        {
            case PositionedJsonKind.Object:
                var properties = new List<PositionedProperty>();
                while (reader.TokenType == JsonToken.PropertyName)
                {
                    var (name, line, position) = ((string)reader.Value!, reader.LineNumber, reader.LinePosition);
                    Next(reader, root);
                    var property = new PositionedProperty(name, line, position, ReadValue(reader, root));
                    var earlier = properties.FindIndex(p => p.Name == name);
                    if (earlier >= 0) properties[earlier] = property;
                    else properties.Add(property);
                    Next(reader, root);
                }
                node.Properties = properties;
                break;
            case PositionedJsonKind.Array:
                var items = new List<PositionedJson>();
                while (reader.TokenType is not (JsonToken.EndArray or JsonToken.EndObject or JsonToken.EndConstructor))
                {
                    items.Add(ReadValue(reader, root));
                    Next(reader, root);
                }
                node.Items = items;
                break;
            default: // a constructor: read through, keep nothing
                while (reader.TokenType is not (JsonToken.EndArray or JsonToken.EndObject or JsonToken.EndConstructor))
                {
                    ReadValue(reader, root);
                    Next(reader, root);
                }
                break;
        }
        return node;
    }

    private static PositionedJson Start(JsonTextReader reader) => new(
        reader.TokenType switch
        {
            JsonToken.StartObject => PositionedJsonKind.Object,
            JsonToken.StartArray => PositionedJsonKind.Array,
            _ => PositionedJsonKind.Other,
        },
        reader.LineNumber, reader.LinePosition, null);

    private static PositionedJson Scalar(JsonTextReader reader, PositionedJsonKind kind) =>
        new(kind, reader.LineNumber, reader.LinePosition, reader.Value);

    /// <summary>The next token that is not a comment; the end of the text inside a value is an error.</summary>
    private static void Next(JsonTextReader reader, string root)
    {
        if (!ReadContent(reader)) throw Error(reader, $"Unexpected end of content while loading {root}.");
    }

    private static bool ReadContent(JsonTextReader reader)
    {
        do
        {
            if (!reader.Read()) return false;
        } while (reader.TokenType == JsonToken.Comment);
        return true;
    }

    private static JsonReaderException Error(JsonTextReader reader, string message) =>
        new(message, reader.Path, reader.LineNumber, reader.LinePosition, null);
}
