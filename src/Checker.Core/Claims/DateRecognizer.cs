using System.Buffers;
using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// Recognises dates and resolves relative ones against the document's date: "Aug. 25, 2023", "13 September 2022",
/// "February 2022", "in June", "the July NATO summit", "in 2008", "from 2009 to 2014", "on Tuesday", "Monday's talks",
/// "14 years ago", "last winter", "earlier this year", "last year".
/// </summary>
public sealed class DateRecognizer : IClaimRecognizer
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly SearchValues<char> MonthInitials = SearchValues.Create([.. MonthNames.Select(m => m[0])]);

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly SearchValues<char> DayInitials = SearchValues.Create([.. DayNames.Select(d => d[0])]);

    private static readonly int ShortestDayName = DayNames.Min(d => d.Length);

    private const int LongestMonthName = 9; // "september"

    private static readonly WordSet FutureCues = new(["will", "set", "next", "planned", "plans", "scheduled", "upcoming"]);

    public IEnumerable<Claim> Recognize(SentenceInput input)
    {
        var t = input.Tokens;
        var today = input.Options.DocumentDate;
        // Made on the first claim: most sentences have none.
        List<Claim>? claims = null;
        var hasAgo = HasAgo(t);
        for (var i = 0; i < t.Count; i++)
        {
            if (!MayStartDate(t[i], hasAgo)) continue;
            var claim = TryAt(input, t, i, today, hasAgo, out var end);
            if (claim is null) continue;
            (claims ??= []).Add(claim);
            i = end - 1;
        }
        return claims ?? (IEnumerable<Claim>)[];
    }

    /// <summary>
    /// Whether a date can start at <paramref name="token"/>, from what every form below needs of its first token: a number
    /// (a day, a year, "14 years ago"), a capitalised word (a month, a day name), "last", "this" or "earlier", or, in a
    /// sentence that says "ago", any word ("four years ago"). Most tokens are none of these and are not read further.
    /// </summary>
    private static bool MayStartDate(Token token, bool sentenceHasAgo) =>
        token.Kind == TokenKind.Number
        || (token.IsWord && (char.IsUpper(token.Text[0]) || sentenceHasAgo || IsRelativeYearWord(token.Text)));

    // "last", "this", "earlier": by length first (case-insensitive equality keeps lengths), as most words are none of them.
    private static bool IsRelativeYearWord(string word) =>
        word.Length switch
        {
            4 => word.Equals("last", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase),
            7 => word.Equals("earlier", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    private static bool HasAgo(IReadOnlyList<Token> t)
    {
        for (var k = 0; k < t.Count; k++)
            if (t[k].Text.Length == 3 && t[k].Is("ago")) return true;
        return false;
    }

    private static DateClaim? TryAt(SentenceInput input, IReadOnlyList<Token> t, int i, DateOnly? today, bool sentenceHasAgo, out int end)
    {
        end = i;
        var month = Month(t, i, out var afterMonth);
        if (month > 0)
        {
            // "Aug. 25, 2023" / "Aug. 25" / "August 2023" / "June"
            if (afterMonth < t.Count && Day(t[afterMonth]) is { } day)
            {
                var k = afterMonth + 1;
                if (k + 1 < t.Count && t[k].Text == "," && Year(t[k + 1]) is { } y1) return Make(input, t, i, k + 2, Date(y1, month, day), out end);
                if (k < t.Count && Year(t[k]) is { } y2) return Make(input, t, i, k + 1, Date(y2, month, day), out end);
                if (today is { } d && Date(d.Year, month, day) is { } guess)
                    return Make(input, t, i, k, guess > d ? Date(d.Year - 1, month, day) : guess, out end, relative: true);
                return null;
            }
            if (afterMonth < t.Count && Year(t[afterMonth]) is { } year)
                return MakeInterval(input, t, i, afterMonth + 1, new DateOnly(year, month, 1), new DateOnly(year, month, 1).AddMonths(1).AddDays(-1), out end);
            if (today is { } now)
            {
                var y = month > now.Month && !HasCue(t, FutureCues) ? now.Year - 1 : now.Year;
                var first = new DateOnly(y, month, 1);
                return MakeInterval(input, t, i, afterMonth, first, first.AddMonths(1).AddDays(-1), out end, relative: true);
            }
            return null;
        }

        // "13 September 2022"
        if (Day(t[i]) is { } d2 && i + 1 < t.Count && Month(t, i + 1, out var after2) > 0 && after2 < t.Count && Year(t[after2]) is { } y3)
            return Make(input, t, i, after2 + 1, Date(y3, Month(t, i + 1, out _), d2), out end);

        // "from 2009 to 2014", "2009-2014", "between 2009 and 2014", "in 2008"
        if (Year(t[i]) is { } from && IsStandaloneYear(t, i))
        {
            var k = i + 1;
            if (k + 1 < t.Count && (t[k].Is("to") || t[k].Is("and") || t[k].Text is "-" or "\u2013") && Year(t[k + 1]) is { } to && to >= from)
            {
                var start = i > 0 && (t[i - 1].Is("from") || t[i - 1].Is("between")) ? i - 1 : i;
                end = k + 2;
                var span = new TextSpan(t[i].Span.Start, t[k + 1].Span.End);
                return new DateClaim(span, input.Document.SourceText(span), YearStart(from), YearEnd(from), YearStart(to), YearEnd(to));
            }
            return MakeInterval(input, t, i, i + 1, YearStart(from), YearEnd(from), out end);
        }

        if (today is not { } date) return null;

        // "14 years ago", "four years ago": only in a sentence that says "ago" (most do not, and their numbers and
        // capitalised words are not read as numbers here).
        if (sentenceHasAgo && NumberReader.Read(t, i) is { Value: > 0 and < 200 } read && read.Value == Math.Floor(read.Value)
            && i + read.TokenCount + 1 < t.Count && t[i + read.TokenCount + 1].Is("ago"))
        {
            var n = (int)read.Value;
            var unit = t[i + read.TokenCount];
            var afterAgo = i + read.TokenCount + 2;
            if (unit.Is("years") || unit.Is("year"))
                return MakeInterval(input, t, i, afterAgo, YearStart(date.Year - n), YearEnd(date.Year - n), out end, relative: true);
            if (unit.Is("months") || unit.Is("month"))
            {
                var m = date.AddMonths(-n);
                var first = new DateOnly(m.Year, m.Month, 1);
                return MakeInterval(input, t, i, afterAgo, first, first.AddMonths(1).AddDays(-1), out end, relative: true);
            }
        }

        // "on Tuesday", "Monday's talks"
        // Capitalised first: lower-casing every word of a draft to look it up was a large share of the garbage.
        // Removing a possessive only shortens a word, so one shorter than any day name ("The", "This") is turned away too.
        var dayIndex = char.IsUpper(t[i].Text[0]) && t[i].Text.Length >= ShortestDayName && AsciiLowerCase.TryLower(t[i].Text[0], out var initial)
                       && DayInitials.Contains(initial) ? DayIndex(t[i].Text) : -1;
        if (dayIndex >= 0)
        {
            var back = ((int)date.DayOfWeek - dayIndex + 7) % 7;
            var resolved = HasCue(t, FutureCues) && back != 0 ? date.AddDays(7 - back) : date.AddDays(-back);
            return Make(input, t, i, i + 1, resolved, out end, relative: true);
        }

        // "last winter", "last year", "this year", "earlier this year"
        if ((t[i].Is("last") || t[i].Is("this") || t[i].Is("earlier")) && i + 1 < t.Count)
        {
            var k = i;
            if (t[k].Is("earlier") && k + 2 < t.Count && t[k + 1].Is("this") && t[k + 2].Is("year"))
                return MakeInterval(input, t, i, k + 3, YearStart(date.Year), date, out end, relative: true);
            if (t[k].Is("last") && t[k + 1].Is("year")) return MakeInterval(input, t, i, k + 2, YearStart(date.Year - 1), YearEnd(date.Year - 1), out end, relative: true);
            if (t[k].Is("this") && t[k + 1].Is("year")) return MakeInterval(input, t, i, k + 2, YearStart(date.Year), YearEnd(date.Year), out end, relative: true);
            if (t[k].Is("last") && t[k + 1].Is("winter"))
            {
                // The most recent winter that has ended by the document's date (December to March).
                var y = date.Month >= 4 ? date.Year : date.Year - 1;
                return MakeInterval(input, t, i, k + 2, new DateOnly(y - 1, 12, 1), new DateOnly(y, 3, 31), out end, relative: true);
            }
        }
        return null;
    }

    /// <summary>The day <paramref name="word"/> names, possessive or not ("Monday's"); -1 for none.</summary>
    /// <remarks>
    /// As <c>word.ToLowerInvariant().Replace("\u2019s", "").Replace("'s", "")</c> compared with the day names, without
    /// those three copies (a possessive, "Trump’s", took them at every capitalised word with a day's initial). Day names are
    /// lower-case ASCII letters, and only apostrophes and an "s" after one are removed: a word with any other character,
    /// lower-cased, names no day.
    /// </remarks>
    private static int DayIndex(string word)
    {
        Span<char> lowered = word.Length <= 64 ? stackalloc char[64] : new char[word.Length];
        var length = 0;
        var apostrophes = false;
        foreach (var c in word)
        {
            char lower;
            if (c is '\'' or '\u2019')
            {
                apostrophes = true;
                lower = c;
            }
            else if (!AsciiLowerCase.TryLower(c, out lower) || !char.IsAsciiLetterLower(lower)) return -1;
            lowered[length++] = lower;
        }
        if (apostrophes)
        {
            length = WithoutPossessives(lowered, length, '\u2019');
            length = WithoutPossessives(lowered, length, '\'');
        }
        var day = lowered[..length];
        for (var d = 0; d < DayNames.Length; d++)
            if (day.SequenceEqual(DayNames[d])) return d;
        return -1;
    }

    /// <summary>
    /// Removes each <paramref name="apostrophe"/> followed by "s" from the first <paramref name="length"/> characters of
    /// <paramref name="text"/>, left to right, as <c>string.Replace</c> does; returns the length left.
    /// </summary>
    private static int WithoutPossessives(Span<char> text, int length, char apostrophe)
    {
        var kept = 0;
        for (var k = 0; k < length; k++)
        {
            if (text[k] == apostrophe && k + 1 < length && text[k + 1] == 's')
            {
                k++;
                continue;
            }
            text[kept++] = text[k];
        }
        return kept;
    }

    private static bool HasCue(IReadOnlyList<Token> t, WordSet cues)
    {
        for (var k = 0; k < t.Count; k++)
            if (t[k].IsWord && cues.Contains(t[k].Text)) return true;
        return false;
    }

    private static int Month(IReadOnlyList<Token> t, int i, out int after)
    {
        after = i + 1;
        var text = t[i].Text;
        if (!t[i].IsWord || text.Length < 3 || !char.IsUpper(text[0])) return 0;
        // A word whose first letter starts no month is turned away before anything else (this runs at every capitalised word).
        if (!AsciiLowerCase.TryLower(text[0], out var initial) || !MonthInitials.Contains(initial)) return 0;
        // Unless a period is joined to it ("Aug."), a word names a month only at the full length of one with its initial:
        // most capitalised words with such an initial ("Minister", "Ottawa") are turned away here.
        var periodAfter = i + 1 < t.Count && t[i + 1].Text == "." && t[i + 1].Joined;
        if (!periodAfter && !IsMonthLength(initial, text.Length)) return 0;
        // Lower-casing keeps a word's length and leaves apostrophes as they are, and no month name is longer than nine letters
        // or has an apostrophe: such words ("Ministry’s", "Secretary") are turned away at once.
        if (text.Length > LongestMonthName || text.AsSpan().IndexOfAny('\'', '\u2019') >= 0) return 0;
        // Month names are lower-case ASCII: a word that does not lower-case into ASCII ("Mélanie") names none.
        Span<char> word = stackalloc char[LongestMonthName];
        if (!AsciiLowerCase.TryLower(text, word)) return 0;
        word = word[..text.Length];
        var index = -1;
        for (var m = 0; m < MonthNames.Length && index < 0; m++)
        {
            var name = MonthNames[m];
            // Both need the same first letter, which most names have not.
            if (name[0] != word[0]) continue;
            if (word.SequenceEqual(name) || (word.Length >= 3 && word.Length < name.Length && name.AsSpan().StartsWith(word) && periodAfter))
                index = m;
        }
        if (index < 0) return 0;
        if (word.Length < MonthNames[index].Length) after = i + 2; // "Aug." takes its period
        // "May" and "March" are also words: only as dates when a number follows or "in" comes before.
        if (index is 2 or 4 && !(after < t.Count && t[after].Kind == TokenKind.Number) && !(i > 0 && t[i - 1].Is("in"))) return 0;
        return index + 1;
    }

    private static bool IsMonthLength(char initial, int length)
    {
        foreach (var name in MonthNames)
            if (name[0] == initial && name.Length == length) return true;
        return false;
    }

    private static int? Day(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length <= 2 && int.TryParse(token.Text, out var d) && d is >= 1 and <= 31 ? d : null;

    private static int? Year(Token token) =>
        token.Kind == TokenKind.Number && token.Text.Length == 4 && int.TryParse(token.Text, out var y) && y is >= 1900 and <= 2100 ? y : null;

    /// <summary>A year alone: not glued to other numbers or words ("2026-01-06", "COVID-2019") and not a count ("2022 figures" is left to the figure recognizer's rule).</summary>
    private static bool IsStandaloneYear(IReadOnlyList<Token> t, int i)
    {
        if (t[i].Joined && i > 0 && t[i - 1].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Symbol) return false;
        if (i + 1 < t.Count && t[i + 1].Joined && t[i + 1].Text is "-" or "/" && i + 2 < t.Count && t[i + 2].Kind == TokenKind.Number && t[i + 2].Text.Length != 4) return false;
        if (i > 0 && t[i - 1].Text is "$" or "€" or "£") return false;
        return true;
    }

    private static DateOnly? Date(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly YearStart(int year) => new(year, 1, 1);
    private static DateOnly YearEnd(int year) => new(year, 12, 31);

    private static DateClaim? Make(SentenceInput input, IReadOnlyList<Token> t, int start, int end, DateOnly? date, out int consumed, bool relative = false)
    {
        consumed = end;
        return date is { } d ? MakeInterval(input, t, start, end, d, d, out consumed, relative) : null;
    }

    private static DateClaim MakeInterval(SentenceInput input, IReadOnlyList<Token> t, int start, int end, DateOnly from, DateOnly to, out int consumed, bool relative = false)
    {
        consumed = end;
        var last = end - 1;
        // "Monday's": the possessive is part of the word token; keep the span to the day name itself.
        var span = new TextSpan(t[start].Span.Start, t[last].Span.End);
        return new DateClaim(span, input.Document.SourceText(span), from, to, relative: relative);
    }
}
