using System.Globalization;

namespace Checker.Core.Claims;

/// <summary>Writes a source's date in the shape the draft used: "2008" for a year, "Aug. 25, 2023" for "Sept. 3, 2023", "2009 to 2014" for a range.</summary>
public static class DateFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The replacement text, or null when the source is less precise than the draft (a month cannot correct a day).</summary>
    public static string? Replacement(DateClaim draft, DateClaim source)
    {
        if (draft.IsRange != source.IsRange) return null;
        if (draft.IsRange)
        {
            if (!IsYear(source.From, source.To) || !IsYear(source.EndFrom!.Value, source.EndTo!.Value)) return null;
            var words = draft.Text.Split(' ');
            var joiner = words.Length == 3 ? $" {words[1]} " : draft.Text.Contains('\u2013') ? "\u2013" : "-";
            return $"{source.From.Year}{joiner}{source.EndFrom!.Value.Year}";
        }
        if (IsYear(draft.From, draft.To)) return IsYear(source.From, source.To) || source.From.Year == source.To.Year ? source.From.Year.ToString(Invariant) : null;
        if (IsMonth(draft.From, draft.To))
            return source.From.Year == source.To.Year && source.From.Month == source.To.Month ? source.From.ToString("MMMM yyyy", Invariant) : null;
        if (draft.From != draft.To || source.From != source.To) return null;
        var abbreviated = draft.Text.Contains('.');
        var month = abbreviated ? Abbreviation(source.From.Month) : source.From.ToString("MMMM", Invariant);
        var dayFirst = char.IsDigit(draft.Text[0]);
        return dayFirst ? $"{source.From.Day} {month} {source.From.Year}" : $"{month} {source.From.Day}, {source.From.Year}";
    }

    private static bool IsYear(DateOnly from, DateOnly to) => from.DayOfYear == 1 && to == new DateOnly(from.Year, 12, 31);

    private static bool IsMonth(DateOnly from, DateOnly to) => from.Day == 1 && to == from.AddMonths(1).AddDays(-1);

    /// <summary>News style: "Aug.", "Sept.", and no abbreviation for short months.</summary>
    private static string Abbreviation(int month) => month switch
    {
        1 => "Jan.", 2 => "Feb.", 3 => "March", 4 => "April", 5 => "May", 6 => "June", 7 => "July", 8 => "Aug.", 9 => "Sept.",
        10 => "Oct.", 11 => "Nov.", _ => "Dec.",
    };
}
