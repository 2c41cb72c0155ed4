using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Tests.Infrastructure;

/// <summary>LSP ranges over plain strings, written independently of the server's own conversion.</summary>
public static class TextRanges
{
    public static int Offset(string text, int line, int character)
    {
        var offset = 0;
        for (var i = 0; i < line; i++) offset = text.IndexOf('\n', offset) + 1;
        return offset + character;
    }

    public static int Offset(string text, JToken position) => Offset(text, (int)position["line"]!, (int)position["character"]!);

    public static string Slice(string text, JToken range) =>
        text[Offset(text, range["start"]!)..Offset(text, range["end"]!)];

    public static JObject PositionOf(string text, int offset)
    {
        var line = text[..offset].Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0) lineStart = 0;
        return new JObject { ["line"] = line, ["character"] = offset - lineStart };
    }

    public static JObject RangeOf(string text, string needle)
    {
        var start = text.IndexOf(needle, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{needle}' not in text");
        return new JObject { ["start"] = PositionOf(text, start), ["end"] = PositionOf(text, start + needle.Length) };
    }

    public static string Apply(string text, JToken range, string newText) =>
        text[..Offset(text, range["start"]!)] + newText + text[Offset(text, range["end"]!)..];

    public static string FileText(string uri) => File.ReadAllText(new Uri(uri).LocalPath);
}
