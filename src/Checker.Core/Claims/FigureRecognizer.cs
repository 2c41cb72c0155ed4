using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// Recognises money ("$6.5 billion", "US$90-billion", "C$6.5bn", "81.8 billion dollars", "$90-billion (U.S.)"),
/// counts with their noun ("more than 30 countries", "two dozen nations"), percentages ("2%", "two per cent") and
/// durations ("almost four years"), each with the qualifier before it. Section and page references, phone numbers,
/// identifiers ("G7", "F-35"), ordinals and times are not figures.
/// </summary>
public sealed class FigureRecognizer : IClaimRecognizer
{
    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    // Abbreviated scales, only when joined to the number ("$2.3B", "C$6.5bn", "$400M").
    private static readonly Dictionary<string, double> JoinedScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["m"] = 1e6, ["M"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["MM"] = 1e6,
        ["b"] = 1e9, ["B"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9, ["tn"] = 1e12, ["T"] = 1e12,
    };

    // Letters written before a joined "$": US$, C$, CA$, A$ ...
    private static readonly Dictionary<string, string> DollarPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD", ["C"] = "CAD", ["CA"] = "CAD", ["CAN"] = "CAD", ["CDN"] = "CAD", ["A"] = "AUD", ["AU"] = "AUD",
        ["NZ"] = "NZD", ["HK"] = "HKD", ["S"] = "SGD",
    };

    private static readonly Dictionary<string, string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        ["USD"] = "USD", ["CAD"] = "CAD", ["EUR"] = "EUR", ["GBP"] = "GBP", ["AUD"] = "AUD", ["JPY"] = "JPY", ["UAH"] = "UAH",
    };

    private static readonly Dictionary<string, string> CurrencySymbols = new()
    {
        ["$"] = "$", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY",
    };

    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "sections", "sec", "page", "pages", "p", "pp", "chapter", "article", "articles", "figure", "fig", "table",
        "no", "number", "item", "step", "paragraph", "para", "clause", "rule", "version", "v", "annex", "appendix",
        "schedule", "line", "lines", "footnote", "note", "part", "volume", "vol", "exhibit", "bill", "resolution", "route",
        "highway", "room", "suite", "unit", "ext", "extension", "tel", "phone", "fax", "call", "dial", "§", "#",
    };

    private static readonly WordSet DurationUnits = new(
    [
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hour", "hours",
    ]);

    private static readonly WordSet NotNouns = new(
    [
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
        "of", "per", "percent", "cent", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with", "as", "than",
        "its", "this", "that", "these", "those", "his", "her", "their", "our", "also", "more", "less", "times", "plus",
        "minus", "out", "up", "down", "ago", "earlier", "later", "yes", "no",
    ]);

    private static readonly WordSet IrregularPlurals = new(
    [
        "people", "personnel", "children", "men", "women", "staff", "police", "aircraft", "military", "cattle", "crew",
    ]);

    public IEnumerable<Claim> Recognize(SentenceInput input)
    {
        var tokens = input.Tokens;
        // Made on the first claim: most sentences have none.
        List<Claim>? claims = null;
        if (!HasNumber(tokens)) return [];
        Span<int> nextNumber = tokens.Count <= 256 ? stackalloc int[tokens.Count] : new int[tokens.Count];
        FindNumbers(tokens, nextNumber);
        for (var i = 0; i < tokens.Count; i++)
        {
            // A figure's number stands at most two tokens after where the figure starts ("US $ 5"): the other tokens of a
            // sentence with a number are not tried.
            if (nextNumber[i] - i > MaxTokensBeforeNumber) continue;
            var claim = TryFigure(input, tokens, i, out var consumedTo);
            if (claim is null) continue;
            (claims ??= []).Add(claim);
            i = consumedTo - 1;
        }
        return claims ?? (IEnumerable<Claim>)[];
    }

    /// <summary>
    /// Whether the sentence has a number in digits or a number word ("dozen" too, for "a dozen"): every figure is read from
    /// one, and most sentences have none, so their tokens are not tried one by one.
    /// </summary>
    private static bool HasNumber(IReadOnlyList<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number || (token.IsWord && NumberReader.IsNumberWord(token.Text))) return true;
        }
        return false;
    }

    // Currency letters and their sign before the number: "US $ 5", "C $ 6.5".
    private const int MaxTokensBeforeNumber = 2;

    /// <summary>
    /// Writes into <paramref name="next"/>, for each token, where the first token at or after it that a figure's number can
    /// start with (<see cref="MayStartNumber"/>) stands; <see cref="int.MaxValue"/> for none.
    /// </summary>
    private static void FindNumbers(IReadOnlyList<Token> tokens, Span<int> next)
    {
        var nearest = int.MaxValue;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            if (MayStartNumber(tokens[k])) nearest = k;
            next[k] = nearest;
        }
    }

    /// <summary>
    /// Whether a figure's number can start with <paramref name="token"/>: a number in digits, a number word, or "a" ("a
    /// dozen"). <see cref="IsStandaloneNumber"/> asks this first, and the search for where a figure may start relies on it.
    /// </summary>
    private static bool MayStartNumber(Token token) =>
        token.Kind == TokenKind.Number || (token.IsWord && NumberReader.IsNumberWord(token.Text)) || token.Is("a");

    private static QuantityClaim? TryFigure(SentenceInput input, IReadOnlyList<Token> tokens, int start, out int end)
    {
        end = start;
        var i = start;
        string? currency = null;
        var prefix = "";

        // Currency before the number: "$", "US$", "C$", "€", "CAD ". This runs at every token: the cheap tests on the next
        // token come before the table lookups, which most words would fail anyway.
        if (tokens[i].IsWord && i + 1 < tokens.Count && tokens[i + 1].Joined && tokens[i + 1].Text == "$"
            && DollarPrefixes.TryGetValue(tokens[i].Text, out var dollar))
        {
            currency = dollar;
            prefix = tokens[i].Text + "$";
            i += 2;
        }
        else if (tokens[i].Kind == TokenKind.Symbol && CurrencySymbols.TryGetValue(tokens[i].Text, out var symbol))
        {
            currency = symbol;
            prefix = tokens[i].Text;
            i++;
        }
        else if (tokens[i].IsWord && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number
                 && CurrencyCodes.TryGetValue(tokens[i].Text, out var code))
        {
            currency = code;
            prefix = tokens[i].Text + " ";
            i++;
        }
        if (i >= tokens.Count) return null;
        if (currency is not null && !(tokens[i].Kind == TokenKind.Number)) return null;

        var figureStartToken = currency is null ? i : start;
        if (!IsStandaloneNumber(tokens, i)) return null;
        var number = NumberReader.Read(tokens, i);
        if (number is null) return null;
        var n = number.Value;
        i += n.TokenCount;
        // "30-plus countries", "30+ countries": more than 30.
        var plus = false;
        if (i + 1 < tokens.Count && tokens[i].Text == "-" && tokens[i].Joined && tokens[i + 1].Is("plus") && tokens[i + 1].Joined) { plus = true; i += 2; }
        else if (i < tokens.Count && tokens[i].Text == "+" && tokens[i].Joined) { plus = true; i++; }
        var numberEnd = i;

        // Scale: "billion", "-billion", "bn" joined.
        double scale = 1;
        string scaleWord = "", scaleSeparator = "";
        if (i < tokens.Count)
        {
            if (tokens[i].IsWord && Scales.TryGetValue(tokens[i].Text, out var s))
            {
                scale = s; scaleWord = tokens[i].Text; scaleSeparator = " "; i++;
            }
            else if (tokens[i].Text == "-" && tokens[i].Joined && i + 1 < tokens.Count && tokens[i + 1].Joined
                     && Scales.TryGetValue(tokens[i + 1].Text, out s))
            {
                scale = s; scaleWord = tokens[i + 1].Text; scaleSeparator = "-"; i += 2;
            }
            else if (tokens[i].IsWord && tokens[i].Joined && !n.Words && JoinedScales.TryGetValue(tokens[i].Text, out s))
            {
                scale = s; scaleWord = tokens[i].Text; i++;
            }
        }

        // Currency after the number: "dollars", "Canadian dollars", "U.S. dollars", "euros", "(U.S.)", "USD".
        var suffix = "";
        var suffixStart = i;
        if (ReadCurrencySuffix(tokens, ref i, ref currency, currency is null)) suffix = Text(input, tokens, suffixStart, i);

        var value = n.Value * scale;
        var step = n.Step * scale;
        var qualifierStart = figureStartToken;
        var (qualifier, qualifierText) = ReadQualifier(tokens, ref qualifierStart);
        if (plus && qualifier == QualifierKind.None) (qualifier, qualifierText) = (QualifierKind.MoreThan, "more than");

        if (currency is not null)
        {
            if (IsReference(tokens, qualifierStart)) return null;
            var explicitUnit = currency != "$";
            var unit = explicitUnit ? currency : input.Options.DefaultCurrency;
            var style = new FigureStyle(prefix, scaleWord, scaleSeparator, scale, suffix.Length > 0 ? " " + suffix : "", n.Decimals, n.Words);
            end = i;
            return Make(input, tokens, ClaimKind.Money, qualifierStart, figureStartToken, i, i, value, step, qualifier, qualifierText, unit, explicitUnit, style, "");
        }

        if (IsReference(tokens, qualifierStart)) return null;

        // Percentages: "2%", "2 per cent", "two percent".
        if (i < tokens.Count && (tokens[i].Text == "%" || tokens[i].Is("percent") || tokens[i].Is("pct")
                                 || (tokens[i].Is("per") && i + 1 < tokens.Count && tokens[i + 1].Is("cent"))))
        {
            i += tokens[i].Is("per") ? 2 : 1;
            end = i;
            var style = new FigureStyle("", "", "", 1, " " + Text(input, tokens, figureStartToken + n.TokenCount, i), n.Decimals, n.Words);
            if (tokens[figureStartToken + n.TokenCount].Text == "%" && tokens[figureStartToken + n.TokenCount].Joined) style = style with { Suffix = "%" };
            return Make(input, tokens, ClaimKind.Percent, qualifierStart, figureStartToken, i, i, value, step, qualifier, qualifierText, "%", true, style, "");
        }

        if (scale != 1) return null; // "2 million" with no unit: a bare magnitude, not a claim we can match.

        // Durations: "four years", "more than three years". "five-year" is a modifier, not a duration.
        if (i < tokens.Count && tokens[i].IsWord && DurationUnits.Contains(tokens[i].Text) && !(tokens[i].Joined))
        {
            var unit = tokens[i].Text.ToLowerInvariant().TrimEnd('s');
            end = i + 1;
            var duration = Make(input, tokens, ClaimKind.Duration, qualifierStart, figureStartToken, numberEnd, end, value, step, qualifier, qualifierText,
                unit, true, new FigureStyle("", "", "", 1, "", n.Decimals, n.Words), tokens[i].Text);
            duration.Elapsed = IsElapsed(tokens, qualifierStart, end);
            return duration;
        }

        // Counts: the number and the noun it counts, with at most one modifier between ("2,000 Canadian troops").
        var nounIndex = FindCountNoun(tokens, i, value);
        if (nounIndex < 0) return null;
        if (!n.Words && n.Decimals > 0) return null;
        // "2022 figures", "the 2023 reforms": a year used as a modifier, not a count.
        if (!n.Words && value is >= 1900 and <= 2100 && !tokens[figureStartToken].Text.Contains(',') && qualifier == QualifierKind.None) return null;
        end = nounIndex + 1;
        return Make(input, tokens, ClaimKind.Count, qualifierStart, figureStartToken, numberEnd, end, value, step, qualifier, qualifierText,
            "", true, new FigureStyle("", "", "", 1, "", 0, n.Words), tokens[nounIndex].Text);
    }

    private static readonly WordSet AheadOrApart = new(
    [
        "next", "coming", "within", "first", "past", "last", "every", "each", "per", "ago", "later", "earlier", "after", "before",
    ]);

    private static readonly WordSet Lasting = new(
    [
        "lasted", "lasting", "raged", "raging", "dragged", "into", "running", "entered", "entering",
    ]);

    /// <summary>
    /// Whether a duration runs up to the document's date: "after almost four years of war", "the war has lasted five years".
    /// Not "the next five years", "within 10 days", "for the first two years".
    /// </summary>
    private static bool IsElapsed(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (AheadOrApart.Contains(tokens[k].Text) && !tokens[k].Is("after")) return false;
        }
        if (end < tokens.Count && AheadOrApart.Contains(tokens[end].Text)) return false;
        if (end + 1 < tokens.Count && tokens[end].Is("of") && tokens[end + 1].IsWord) return true;
        return tokens.Any(t => t.IsWord && Lasting.Contains(t.Text));
    }

    private static QuantityClaim Make(SentenceInput input, IReadOnlyList<Token> tokens, ClaimKind kind, int qualifierStart, int figureStart,
        int figureEnd, int end, double value, double step, QualifierKind qualifier, string qualifierText, string unit, bool unitExplicit, FigureStyle style, string noun)
    {
        var span = new TextSpan(tokens[qualifierStart].Span.Start, tokens[end - 1].Span.End);
        var figureSpan = new TextSpan(tokens[figureStart].Span.Start, tokens[figureEnd - 1].Span.End);
        return new QuantityClaim(kind, span, input.Document.SourceText(span), value, step, qualifier, qualifierText,
            kind == ClaimKind.Count ? noun : unit, unitExplicit, style, figureSpan, noun);
    }

    /// <summary>A number glued to letters or other numbers is part of something else: "G7", "F-35", "613-555-0100", "2022-23", "10:30", "1st".</summary>
    private static bool IsStandaloneNumber(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (t.Kind != TokenKind.Number) return MayStartNumber(t);
        if (t.Joined && i > 0 && tokens[i - 1].Kind is TokenKind.Word or TokenKind.Number) return false;
        if (t.Joined && i > 1 && tokens[i - 1].Text is "-" or "/" or ":" or "." && tokens[i - 2].Kind != TokenKind.Symbol
            && (tokens[i - 2].Kind is TokenKind.Word or TokenKind.Number) && tokens[i - 1].Joined) return false;
        if (i + 2 < tokens.Count && tokens[i + 1].Joined && tokens[i + 1].Text is "-" or "/" or ":" or "." && tokens[i + 2].Joined
            && tokens[i + 2].Kind == TokenKind.Number) return false;
        if (i + 1 < tokens.Count && tokens[i + 1].Joined && tokens[i + 1].IsWord
            && tokens[i + 1].Text.ToLowerInvariant() is "st" or "nd" or "rd" or "th" or "am" or "pm") return false;
        // Inside parentheses before another number: a phone area code "(613) 555-0100".
        if (i > 0 && tokens[i - 1].Text == "(" && i + 2 < tokens.Count && tokens[i + 1].Text == ")" && tokens[i + 2].Kind == TokenKind.Number) return false;
        if (i > 0 && tokens[i - 1].Text == "+" && tokens[i].Joined) return false;
        return true;
    }

    private static bool IsReference(IReadOnlyList<Token> tokens, int figureStart)
    {
        if (figureStart == 0) return false;
        var before = tokens[figureStart - 1];
        if (before.Text == "." && figureStart >= 2) before = tokens[figureStart - 2];
        return ReferenceWords.Contains(before.Text);
    }

    // Each qualifier phrase split into words once, grouped by its last word (the word just before the figure), each group
    // in the table's order (the first phrase that matches wins): a figure's qualifier is sought only among the phrases
    // that end with the word before it, not all of them.
    private static readonly Dictionary<string, (string[] Words, QualifierKind Kind)[]> QualifiersByLastWord =
        Qualifiers.Phrases.Select(p => (Words: p.Phrase.Split(' '), p.Kind))
            .GroupBy(p => p.Words[^1], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);

    private static (QualifierKind, string) ReadQualifier(IReadOnlyList<Token> tokens, ref int figureStart)
    {
        if (figureStart == 0 || !QualifiersByLastWord.TryGetValue(tokens[figureStart - 1].Text, out var phrases)) return (QualifierKind.None, "");
        foreach (var (words, kind) in phrases)
        {
            var at = figureStart - words.Length;
            if (at < 0) continue;
            var match = true;
            for (var w = 0; w < words.Length && match; w++) match = tokens[at + w].Is(words[w]);
            if (!match) continue;
            figureStart = at;
            var text = TokenTexts.Join(tokens, at, at + words.Length);
            return (kind, text);
        }
        return (QualifierKind.None, "");
    }

    private static bool ReadCurrencySuffix(IReadOnlyList<Token> tokens, ref int i, ref string? currency, bool required)
    {
        var j = i;
        string? found = null;
        if (j < tokens.Count && tokens[j].IsWord && CurrencyCodes.TryGetValue(tokens[j].Text, out var code)) { found = code; j++; }
        else
        {
            string? nationality = null;
            if (j < tokens.Count && tokens[j].IsWord)
            {
                var w = tokens[j].Text.ToLowerInvariant();
                if (w is "canadian" or "cdn") { nationality = "CAD"; j++; }
                else if (w is "american" or "us") { nationality = "USD"; j++; }
                else if (w == "u" && j + 3 < tokens.Count && tokens[j + 1].Text == "." && tokens[j + 2].Is("S") && tokens[j + 3].Text == ".")
                {
                    nationality = "USD"; j += 4;
                }
            }
            if (j < tokens.Count && tokens[j].IsWord)
            {
                var w = tokens[j].Text.ToLowerInvariant();
                if (w is "dollars" or "dollar") { found = nationality ?? "$"; j++; }
                else if (w is "euros" or "euro" && nationality is null) { found = "EUR"; j++; }
                else if (w is "pounds" && nationality is null && !required) { found = "GBP"; j++; }
            }
        }
        // "$90-billion (U.S.)", "$5 million (US)", "$2 billion (CAD)"
        if (found is null && currency == "$" && j + 1 < tokens.Count && tokens[j].Text == "(")
        {
            var k = j + 1;
            string? inParens = null;
            if (tokens[k].Is("U") && k + 3 < tokens.Count && tokens[k + 1].Text == "." && tokens[k + 2].Is("S")) { inParens = "USD"; k += tokens[k + 3].Text == "." ? 4 : 3; }
            else if (tokens[k].Is("US") || tokens[k].Is("USD")) { inParens = "USD"; k++; }
            else if (tokens[k].Is("CAD") || tokens[k].Is("Cdn") || tokens[k].Is("Canadian")) { inParens = "CAD"; k++; }
            if (inParens is not null && k < tokens.Count && tokens[k].Text == ")")
            {
                currency = inParens;
                i = k + 1;
                return true;
            }
        }
        if (found is null) return false;
        if (currency is null || currency == "$") currency = found;
        i = j;
        return true;
    }

    private static int FindCountNoun(IReadOnlyList<Token> tokens, int i, double value)
    {
        for (var k = i; k < Math.Min(tokens.Count, i + 2); k++)
        {
            var t = tokens[k];
            if (!t.IsWord || NotNouns.Contains(t.Text) || DurationUnits.Contains(t.Text)) return -1;
            if (value != 1 && LooksPlural(t.Text)) return k;
            // Allow one modifier before the noun: a nationality or adjective ("Canadian troops", "European countries").
        }
        return -1;
    }

    private static bool LooksPlural(string word) =>
        IrregularPlurals.Contains(word)
        || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("us", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("is", StringComparison.OrdinalIgnoreCase)
            && char.IsLower(word[0]));

    private static string Text(SentenceInput input, IReadOnlyList<Token> tokens, int from, int to) =>
        from >= to ? "" : input.Document.SourceText(new TextSpan(tokens[from].Span.Start, tokens[to - 1].Span.End));
}
