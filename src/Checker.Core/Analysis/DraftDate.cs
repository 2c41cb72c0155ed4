using System.Globalization;
using Checker.Core.Prose;

namespace Checker.Core.Analysis;

/// <summary>The draft's as-of date from its front matter: <c>as_of:</c>, else <c>date:</c>.</summary>
public static class DraftDate
{
    private static readonly string[] Keys = ["as_of", "asOf", "as-of", "date"];

    public static DateOnly? Read(ProseDocument document)
    {
        foreach (var key in Keys)
        {
            if (document.FrontMatter.TryGetValue(key, out var value) && TryParse(value, out var date)) return date;
        }
        return null;
    }

    public static DocumentProblem? Problem(ProseDocument document)
    {
        foreach (var key in Keys)
        {
            if (!document.FrontMatter.TryGetValue(key, out var value) || TryParse(value, out _)) continue;
            var at = document.Source.IndexOf(key + ":", StringComparison.Ordinal);
            var span = at < 0 ? new Text.TextSpan(0, 0) : Text.TextSpan.FromLength(at, key.Length + 1 + value.Length);
            return new DocumentProblem("FC9003", span, $"Front matter '{key}: {value}' is not a date (expected YYYY-MM-DD); checking as of the default date.");
        }
        return null;
    }

    public static bool TryParse(string value, out DateOnly date)
    {
        var v = value.Trim();
        if (v.Length > 10 && (v[10] == 'T' || v[10] == ' ')) v = v[..10];
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
