using System.Globalization;
using System.Text;
using Checker.Core.Diagnostics;
using Checker.Core.Text;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Features;

/// <summary>
/// One diagnostic's JSON, serialized once, with holes where its draft ranges go (its own range, then each related
/// location's). Filling the holes for a later version gives exactly the bytes a fresh serialization would: the JSON
/// around them is the serializer's own output, and a range is four integers in a fixed shape.
/// </summary>
public sealed class DiagnosticTemplate
{
    // Segments alternate with holes: segment 0, hole, segment 1, hole, …, last segment. _holes[i] is the index of the
    // range that fills hole i (0: the diagnostic's own span, k: its k-th related location).
    private readonly string[] _segments;
    private readonly int[] _holes;

    private DiagnosticTemplate(string[] segments, int[] holes)
    {
        _segments = segments;
        _holes = holes;
    }

    /// <summary>
    /// Serializes the diagnostic with a placeholder range per hole and cuts the JSON at the placeholders. A placeholder
    /// (<c>{"start":{"line":-1,…</c>) cannot occur inside a JSON string (its quotes would be escaped there), so each is
    /// found exactly where the serializer wrote the range. Null if that fails to hold (then the caller serializes).
    /// </summary>
    public static DiagnosticTemplate? Create(DiagnosticConverter converter, Diagnostic diagnostic, string draftUri)
    {
        var ranges = diagnostic.Related.Count + 1;
        var placeholders = Enumerable.Range(0, ranges).Select(Placeholder).ToArray();
        var json = LspJson.Serialize(converter.Convert(diagnostic, draftUri, placeholders[0], placeholders[1..]));
        var found = new List<(int At, int Range, int Length)>(ranges);
        for (var i = 0; i < ranges; i++)
        {
            var text = RangeJson(placeholders[i]);
            var at = json.IndexOf(text, StringComparison.Ordinal);
            if (at < 0 || json.IndexOf(text, at + 1, StringComparison.Ordinal) >= 0) return null;
            found.Add((at, i, text.Length));
        }
        found.Sort((a, b) => a.At.CompareTo(b.At));
        var segments = new string[ranges + 1];
        var holes = new int[ranges];
        var start = 0;
        for (var i = 0; i < found.Count; i++)
        {
            segments[i] = json[start..found[i].At];
            holes[i] = found[i].Range;
            start = found[i].At + found[i].Length;
        }
        segments[ranges] = json[start..];
        return new DiagnosticTemplate(segments, holes);
    }

    /// <summary>Writes the diagnostic's JSON with its ranges in this version of the draft.</summary>
    public void WriteTo(StringBuilder json, Diagnostic diagnostic, LineMap lines)
    {
        for (var i = 0; i < _holes.Length; i++)
        {
            json.Append(_segments[i]);
            var span = _holes[i] == 0 ? diagnostic.Span : diagnostic.Related[_holes[i] - 1].Span;
            var (start, end) = lines.GetRange(span);
            AppendRange(json, start.Line, start.Character, end.Line, end.Character);
        }
        json.Append(_segments[^1]);
    }

    /// <summary>An LSP range as the serializer writes it (camelCase, no spaces): <c>{"start":{"line":0,"character":1},"end":{…}}</c>.</summary>
    public static string RangeJson(Range range)
    {
        var json = new StringBuilder(64);
        AppendRange(json, range.Start.Line, range.Start.Character, range.End.Line, range.End.Character);
        return json.ToString();
    }

    private static void AppendRange(StringBuilder json, int startLine, int startCharacter, int endLine, int endCharacter) =>
        json.Append(CultureInfo.InvariantCulture,
            $"{{\"start\":{{\"line\":{startLine},\"character\":{startCharacter}}},\"end\":{{\"line\":{endLine},\"character\":{endCharacter}}}}}");

    private static Range Placeholder(int index) => new(new Position(-1, index), new Position(-1, index));
}
