using Checker.Core.Prose;

namespace Checker.Core.Claims;

/// <summary>
/// Finds the time a figure is stated for, in the figure's sentence: "since 2022", "since the beginning of 2022"
/// (a running total from then) or "in 2023", "as of August 2023", "by mid-2023" (the figure as it stood then).
/// The nearest such phrase to the claim wins.
/// </summary>
public static class TimeAnchorReader
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static TimeAnchor? Read(IReadOnlyList<Token> tokens, int claimStart, int claimEnd)
    {
        TimeAnchor? best = null;
        var bestDistance = int.MaxValue;
        // Every anchor ends at a four-digit year after its first word: a token after the sentence's last four-digit
        // number starts none, and a sentence without one (most claims' sentences) has none, so those are not tried.
        var lastYear = LastFourDigitNumber(tokens);
        for (var i = 0; i < lastYear; i++)
        {
            if (i >= claimStart && i < claimEnd) continue;
            var anchor = TryAt(tokens, i, out var end);
            if (anchor is null) continue;
            var distance = i < claimStart ? claimStart - end : i - claimEnd;
            if (distance < bestDistance)
            {
                best = anchor;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>The index of the last number of four digits in <paramref name="tokens"/>; -1 for none.</summary>
    private static int LastFourDigitNumber(IReadOnlyList<Token> tokens)
    {
        for (var k = tokens.Count - 1; k >= 0; k--)
            if (tokens[k].Kind == TokenKind.Number && tokens[k].Text.Length == 4) return k;
        return -1;
    }

    /// <summary>The first month whose name starts with <paramref name="word"/> (lower-cased, trailing periods removed); -1 for none.</summary>
    private static int MonthStartedBy(string word)
    {
        // No month name is longer than nine letters, and lower-casing and removing periods never lengthen a word.
        if (word.Length > MonthNameMaxLength && !word.EndsWith('.')) return -1;
        // An ASCII word compares case-insensitively as its lower-cased copy would: no copy. Others as before.
        var ascii = System.Text.Ascii.IsValid(word);
        var lowered = ascii ? word.TrimEnd('.') : word.ToLowerInvariant().TrimEnd('.');
        var comparison = ascii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (var n = 0; n < Months.Length; n++)
            if (Months[n].StartsWith(lowered, comparison)) return n;
        return -1;
    }

    private static readonly int MonthNameMaxLength = Months.Max(m => m.Length);

    private static TimeAnchor? TryAt(IReadOnlyList<Token> t, int i, out int end)
    {
        end = i;
        // Only "since", "in", "by", "during" and "of" start an anchor; lower-casing keeps a word's length, so other
        // lengths are turned away before a lower-cased copy is made (this runs at every token, for every claim).
        if (t[i].Text.Length is not (2 or 5 or 6)) return null;
        // An ASCII word compares case-insensitively as its lower-cased copy would, without the copy; any other word is
        // lower-cased first, exactly as before.
        var ascii = System.Text.Ascii.IsValid(t[i].Text);
        var word = ascii ? t[i].Text : t[i].Text.ToLowerInvariant();
        var comparison = ascii ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        bool WordIs(string anchorWord) => string.Equals(word, anchorWord, comparison);
        AnchorKind kind;
        var k = i + 1;
        if (WordIs("since"))
        {
            kind = AnchorKind.Since;
            // "since Russia invaded in February 2022": the date may follow a short clause.
            for (var look = k; look < Math.Min(t.Count - 1, k + 5); look++)
            {
                if (t[look].Is("in") && (t[look + 1].Kind == TokenKind.Number || t[look + 1].IsWord && char.IsUpper(t[look + 1].Text[0])))
                {
                    k = look + 1;
                    break;
                }
            }
        }
        else if ((WordIs("in") || WordIs("by") || WordIs("during") || WordIs("of")) && !(WordIs("of") && (i == 0 || !t[i - 1].Is("as"))))
        {
            kind = AnchorKind.At;
            for (var back = Math.Max(0, i - 5); back < i; back++)
            {
                if (t[back].Is("since")) return null; // part of a "since ... in 2022" phrase
            }
        }
        else return null;
        // "since the beginning of 2022", "since the start of 2022", "by mid-2023", "as of August 2023"
        if (k < t.Count && t[k].Is("the")) k++;
        if (k < t.Count && (t[k].Is("beginning") || t[k].Is("start") || t[k].Is("end"))) { k++; if (k < t.Count && t[k].Is("of")) k++; }
        if (k + 1 < t.Count && t[k].Is("mid") && t[k + 1].Text == "-") k += 2;
        var month = 0;
        if (k < t.Count && t[k].IsWord)
        {
            // The word lower-cased once, not once per month name.
            var m = t[k].Text.Length >= 3 ? MonthStartedBy(t[k].Text) : -1;
            if (m >= 0) { month = m + 1; k++; if (k < t.Count && t[k].Text == ".") k++; }
        }
        if (k >= t.Count || t[k].Kind != TokenKind.Number || t[k].Text.Length != 4 || !int.TryParse(t[k].Text, out var year)
            || year is < 1900 or > 2100) return null;
        end = k + 1;
        var from = new DateOnly(year, month == 0 ? 1 : month, 1);
        var to = month == 0 ? new DateOnly(year, 12, 31) : from.AddMonths(1).AddDays(-1);
        var text = TokenTexts.Join(t, i, end);
        return new TimeAnchor(kind, from, to, text, new Text.TextSpan(t[i].Span.Start, t[end - 1].Span.End));
    }
}
