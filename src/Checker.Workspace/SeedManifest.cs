using Checker.Core.Analysis;
using Newtonsoft.Json;

namespace Checker.Workspace;

/// <summary>One source as the manifest describes it.</summary>
public sealed record SeedEntry(string File, DateOnly Date, string Outlet, string Title, string Currency, string Country);

/// <summary>A problem in a tool input, with the file and position a user can go to. Thrown only inside the workspace layer.</summary>
public sealed class InputException(string code, string file, int line, int column, string message)
    : Exception($"{file}({line},{column}): error {code}: {message}")
{
    public string Code { get; } = code;
    public string File { get; } = file;
    public int Line { get; } = line;
    public int Column { get; } = column;
    public string Detail { get; } = message;
}

/// <summary>
/// Reads <c>seeds/manifest.json</c>: <c>{"sources": [{"file", "date", "outlet", "title", "currency", "country"}]}</c>.
/// <c>file</c> and <c>date</c> (YYYY-MM-DD) are required; <c>currency</c> (what a bare "$" means, default CAD) and
/// <c>country</c> (whose office an unqualified "Prime Minister" is, default Canada) are optional. Unknown keys are errors.
/// </summary>
public static class SeedManifest
{
    public const string FileName = "manifest.json";
    private static readonly HashSet<string> Keys = ["file", "date", "outlet", "title", "currency", "country"];

    public static IReadOnlyList<SeedEntry> Parse(string json, string path)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        var entries = new List<SeedEntry>();
        try
        {
            Expect(reader, JsonToken.StartObject, path, "the manifest must be a JSON object");
            var sawSources = false;
            while (Read(reader, path) && reader.TokenType == JsonToken.PropertyName)
            {
                var name = (string)reader.Value!;
                if (name != "sources") throw Error(reader, path, $"unknown key '{name}' (expected 'sources')");
                sawSources = true;
                Expect(reader, JsonToken.StartArray, path, "'sources' must be an array");
                while (Read(reader, path) && reader.TokenType == JsonToken.StartObject) entries.Add(ReadEntry(reader, path));
                if (reader.TokenType != JsonToken.EndArray) throw Error(reader, path, "each source must be an object");
            }
            if (!sawSources) throw Error(reader, path, "missing 'sources'");
        }
        catch (JsonReaderException ex)
        {
            throw new InputException("FC9001", path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), ex.Message.Split(". Path")[0]);
        }
        return entries;
    }

    private static SeedEntry ReadEntry(JsonTextReader reader, string path)
    {
        var (line, column) = (reader.LineNumber, reader.LinePosition);
        var values = new Dictionary<string, string>();
        while (Read(reader, path) && reader.TokenType == JsonToken.PropertyName)
        {
            var key = (string)reader.Value!;
            if (!Keys.Contains(key)) throw Error(reader, path, $"unknown key '{key}' (expected one of {string.Join(", ", Keys)})");
            if (!Read(reader, path) || reader.TokenType != JsonToken.String) throw Error(reader, path, $"'{key}' must be a string");
            values[key] = (string)reader.Value!;
            if (key == "date" && !DraftDate.TryParse(values[key], out _))
                throw Error(reader, path, $"'date' is not a date: '{values[key]}' (expected YYYY-MM-DD)");
        }
        if (!values.TryGetValue("file", out var file) || file.Length == 0) throw new InputException("FC9001", path, line, column, "a source without 'file'");
        if (!values.TryGetValue("date", out var date)) throw new InputException("FC9001", path, line, column, $"source '{file}' has no 'date'");
        if (file.Contains('/') || file.Contains('\\') || file.Contains(".."))
            throw new InputException("FC9001", path, line, column, $"'file' must name a file beside the manifest: '{file}'");
        DraftDate.TryParse(date, out var parsed);
        return new SeedEntry(file, parsed, values.GetValueOrDefault("outlet", "unknown outlet"), values.GetValueOrDefault("title", file),
            values.GetValueOrDefault("currency", "CAD"), values.GetValueOrDefault("country", "Canada"));
    }

    private static bool Read(JsonTextReader reader, string path)
    {
        if (reader.Read()) return true;
        throw Error(reader, path, "unexpected end of file");
    }

    private static void Expect(JsonTextReader reader, JsonToken token, string path, string message)
    {
        if (!reader.Read() || reader.TokenType != token) throw Error(reader, path, message);
    }

    private static InputException Error(JsonTextReader reader, string path, string message) =>
        new("FC9001", path, Math.Max(1, reader.LineNumber), Math.Max(1, reader.LinePosition), message);
}
