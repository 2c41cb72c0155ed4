using System.Globalization;
using Checker.Core.Prose;
using Humanizer;

namespace Checker.Core.Claims;

/// <summary>A number read from tokens: its value, the precision it was written to, and how many tokens it took.</summary>
public readonly record struct NumberRead(double Value, double Step, int TokenCount, int Decimals, bool Words);

/// <summary>Reads numbers written in digits ("2,000", "6.5") or words ("thirty", "two dozen", "twenty-five") via Humanizer.</summary>
public static class NumberReader
{
    private static readonly WordSet NumberWords = new(
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
        "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand",
    ]);

    /// <summary>The most words one number written in words may take.</summary>
    public const int MaxNumberWords = 12;

    public static bool IsNumberWord(string word) =>
        NumberWords.Contains(word) || word.Equals("dozen", StringComparison.OrdinalIgnoreCase);

    public static NumberRead? Read(IReadOnlyList<Token> tokens, int index)
    {
        if (index >= tokens.Count) return null;
        var token = tokens[index];
        if (token.Kind == TokenKind.Number) return ReadDigits(token.Text);
        if (token.IsWord) return ReadWords(tokens, index);
        return null;
    }

    private static NumberRead? ReadDigits(string text)
    {
        // Thousands separators must group by three, else it is not one number ("1,2" in a list).
        if (text.Contains(','))
        {
            var groups = text.Split(',');
            for (var g = 1; g < groups.Length; g++)
            {
                var digits = g == groups.Length - 1 ? groups[g].Split('.')[0] : groups[g];
                if (digits.Length != 3) return null;
            }
        }
        var plain = text.Replace(",", "");
        if (plain.AsSpan().Count('.') > 1 || plain.Length > 30) return null;
        if (!double.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        var dot = plain.IndexOf('.');
        double step;
        int decimals = 0;
        if (dot >= 0)
        {
            decimals = plain.Length - dot - 1;
            step = Math.Pow(10, -decimals);
        }
        else
        {
            var zeros = plain.Length - plain.TrimEnd('0').Length;
            step = value == 0 ? 1 : Math.Pow(10, zeros);
        }
        return new NumberRead(value, step, 1, decimals, false);
    }

    private static NumberRead? ReadWords(IReadOnlyList<Token> tokens, int index)
    {
        // "a dozen", "two dozen", "twenty-five", "one hundred and twenty"
        var i = index;
        if (tokens[i].Is("a") && i + 1 < tokens.Count && tokens[i + 1].Is("dozen"))
            return new NumberRead(12, 1, 2, 0, true);
        // Most words start no number: turned away before the list below is made (this runs at every word of a draft).
        if (!NumberWords.Contains(tokens[i].Text)) return null;
        var words = new List<string>();
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.IsWord && NumberWords.Contains(t.Text))
            {
                // "one hundred and twenty-five thousand three hundred" is nine words; a longer run is a list, not a number,
                // and reading it from every start would make a page of number words quadratic.
                if (words.Count == MaxNumberWords) return null;
                words.Add(t.Text.ToLowerInvariant()); i++; continue;
            }
            if (words.Count > 0 && t.Kind == TokenKind.Punct && t.Text == "-" && t.Joined
                && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Joined && NumberWords.Contains(tokens[i + 1].Text))
            {
                i++;
                continue;
            }
            if (words.Count > 0 && t.Is("and") && i + 1 < tokens.Count && NumberWords.Contains(tokens[i + 1].Text)
                && words[^1] is "hundred" or "thousand")
            {
                i++;
                continue;
            }
            break;
        }
        if (words.Count == 0) return null;
        if (!string.Join(" ", words).TryToNumber(out var parsed, English.Culture)) return null;
        if (i < tokens.Count && tokens[i].Is("dozen"))
            return new NumberRead(parsed * 12, 1, i + 1 - index, 0, true);
        long integer = parsed;
        var zeros = 0;
        while (integer != 0 && integer % 10 == 0) { integer /= 10; zeros++; }
        return new NumberRead(parsed, Math.Pow(10, zeros), i - index, 0, true);
    }
}
