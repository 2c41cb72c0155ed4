using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// Recognises an office followed by a person's name: "Foreign Affairs Minister Mélanie Joly", "British Prime Minister
/// Keir Starmer", "former NATO Secretary General Anders Fogh Rasmussen", "President of Ukraine Volodymyr Zelensky".
/// Offices, nationalities and name variants come from the lexicon.
/// </summary>
public sealed class TitleRecognizer(Lexicon.Lexicon lexicon) : IClaimRecognizer
{
    private const int MaxNameWords = 3;

    // Offices every government has one of: a source names its own country's unqualified ("Prime Minister Mark Carney").
    private static readonly HashSet<string> NationalOffices = ["prime-minister", "foreign-minister", "defence-minister", "finance-minister"];

    // How many tokens after the one a title starts at the office's first word can stand: 7 in "former - U . S . - foreign
    // minister …" (TryAt), 11 in "Antony John Blinken , the U . S . then - foreign minister" (TryAppositive).
    private const int MaxTokensToOffice = 7;
    private const int MaxTokensToAppositiveOffice = MaxNameWords + 8;

    public IEnumerable<Claim> Recognize(SentenceInput input)
    {
        var t = input.Tokens;
        // Made on the first claim: most sentences have none.
        List<Claim>? claims = null;
        Span<int> nextOfficeWord = t.Count <= 256 ? stackalloc int[t.Count] : new int[t.Count];
        if (!FindOfficeWords(t, nextOfficeWord)) return [];
        for (var i = 0; i < t.Count; i++)
        {
            // Both forms need an office a few tokens on: most tokens have none that near, and their words are not read as
            // names and nationalities.
            var toOffice = nextOfficeWord[i] - i;
            var end = i;
            TitleClaim? claim = null;
            if (toOffice <= MaxTokensToOffice) claim = TryAt(input, t, i, out end);
            if (claim is null && toOffice <= MaxTokensToAppositiveOffice) claim = TryAppositive(input, t, i, out end);
            if (claim is null) continue;
            (claims ??= []).Add(claim);
            i = end - 1;
        }
        return claims ?? (IEnumerable<Claim>)[];
    }

    private TitleClaim? TryAt(SentenceInput input, IReadOnlyList<Token> t, int start, out int end)
    {
        end = start;
        var i = start;
        var former = false;
        if (t[i].Is("former") || t[i].Is("ex") || t[i].Is("then")) { former = true; i++; if (i < t.Count && t[i].Text == "-") i++; }
        string? country = null;
        if (i < t.Count && ReadNationality(t, ref i) is { } c) country = c;
        var officeStart = i;
        if (ReadOffice(t, ref i, ref country) is not { } key) return null;
        var officeEnd = i;
        var nameStart = i;
        while (i < t.Count && i - nameStart < MaxNameWords && IsNameWord(t[i]) && MatchOffice(t, i).Key is null) i++;
        if (i == nameStart) return null;
        end = i;
        // An office word at the start of a sentence with no modifier, like "President", still needs a name after it: checked above.
        var span = new TextSpan(t[start].Span.Start, t[i - 1].Span.End);
        var person = TokenTexts.Join(t, nameStart, i, StripPossessiveOf);
        var officeText = input.Document.SourceText(new TextSpan(t[officeStart].Span.Start, t[officeEnd - 1].Span.End));
        var text = input.Document.SourceText(span);
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            span = new TextSpan(span.Start, span.End - 2);
            text = text[..^2];
        }
        if (country is null && NationalOffices.Contains(key)) country = input.Options.DefaultCountry;
        var nameEndOffset = Math.Min(span.End, t[i - 1].Span.End);
        return new TitleClaim(span, text, key, officeText, country, person, lexicon.NameKey(StripPossessive(t[i - 1].Text)), former)
        {
            PersonSpan = new TextSpan(t[nameStart].Span.Start, nameEndOffset),
            OfficeSpan = new TextSpan(t[officeStart].Span.Start, t[officeEnd - 1].Span.End),
        };
    }

    /// <summary>"Mélanie Joly, Canada's foreign minister" / "Anita Anand, the foreign affairs minister" / "Joly, then foreign minister".</summary>
    private TitleClaim? TryAppositive(SentenceInput input, IReadOnlyList<Token> t, int start, out int end)
    {
        end = start;
        if (start > 0 && IsNameWord(t[start - 1])) return null; // start at the first word of the name
        var i = start;
        while (i < t.Count && i - start < MaxNameWords && IsNameWord(t[i]) && MatchOffice(t, i).Key is null && Country(t[i].Text) is null) i++;
        var nameEnd = i;
        if (nameEnd == start || i + 1 >= t.Count || t[i].Text != ",") return null;
        i++;
        var former = false;
        if (t[i].Is("then") || t[i].Is("former")) { former = true; i++; }
        else if (t[i].Is("the")) i++;
        string? country = null;
        if (i < t.Count && ReadNationality(t, ref i) is { } c) country = c;
        if (i < t.Count && (t[i].Is("then") || t[i].Is("former"))) { former = true; i++; }
        var officeStart = i;
        if (ReadOffice(t, ref i, ref country) is not { } key) return null;
        var officeEnd = i;
        end = i;
        var span = new TextSpan(t[start].Span.Start, t[i - 1].Span.End);
        var person = TokenTexts.Join(t, start, nameEnd, StripPossessiveOf);
        var officeText = input.Document.SourceText(new TextSpan(t[officeStart].Span.Start, t[officeEnd - 1].Span.End));
        if (country is null && NationalOffices.Contains(key)) country = input.Options.DefaultCountry;
        return new TitleClaim(span, input.Document.SourceText(span), key, officeText, country, person,
            lexicon.NameKey(StripPossessive(t[nameEnd - 1].Text)), former)
        {
            PersonSpan = new TextSpan(t[start].Span.Start, t[nameEnd - 1].Span.End),
            OfficeSpan = new TextSpan(t[officeStart].Span.Start, t[officeEnd - 1].Span.End),
        };
    }

    /// <summary>An office at <paramref name="i"/>, with "of Country" after it ("President of Ukraine"); moves past it.</summary>
    private string? ReadOffice(IReadOnlyList<Token> t, ref int i, ref string? country)
    {
        if (i >= t.Count) return null;
        var (key, length) = MatchOffice(t, i);
        if (key is null) return null;
        i += length;
        if (i + 1 < t.Count && t[i].Is("of"))
        {
            var k = i + 1;
            if (ReadNationality(t, ref k) is { } ofCountry) { country ??= ofCountry; i = k; }
        }
        return key;
    }

    // Offices with their words as tokens read them, worked out once: MatchOffice runs at every token of every sentence.
    private readonly List<(string[] Words, string Key)> _officeTokens = OfficesAsTokens(lexicon).ToList();

    // The words an office can start with: most tokens start none, and are turned away without trying every office.
    private readonly WordSet _officeFirstWords = new(OfficesAsTokens(lexicon).Where(o => o.Words.Length > 0).Select(o => o.Words[0]));

    // The offices each first word starts, in the lexicon's order: only those can match where that word stands.
    private readonly Dictionary<string, List<(string[] Words, string Key)>> _officesByFirstWord =
        OfficesAsTokens(lexicon).Where(o => o.Words.Length > 0)
            .GroupBy(o => o.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The lexicon's offices with their words as the tokenizer reads them ("secretary-general" → "secretarygeneral").</summary>
    private static IEnumerable<(string[] Words, string Key)> OfficesAsTokens(Lexicon.Lexicon lexicon) =>
        lexicon.Offices.Select(o => (o.Words.Select(w => w.Replace("-", "")).ToArray(), o.Key));

    private readonly bool _hasEmptyOffice = lexicon.Offices.Any(o => o.Words.Length == 0);

    /// <summary>
    /// Writes into <paramref name="next"/>, for each token, where the first office's first word at or after it stands
    /// (<see cref="int.MaxValue"/> for none), and returns whether there is any: both forms of title need an office, and
    /// <see cref="MatchOffice"/> finds none without one. Most sentences have none, and their capitalised words are not
    /// looked up as nationalities and names one by one. An office of no words may match at any token.
    /// </summary>
    private bool FindOfficeWords(IReadOnlyList<Token> t, Span<int> next)
    {
        var nearest = int.MaxValue;
        for (var k = t.Count - 1; k >= 0; k--)
        {
            if (_hasEmptyOffice || _officeFirstWords.Contains(t[k].Text)) nearest = k;
            next[k] = nearest;
        }
        return nearest != int.MaxValue;
    }

    private (string? Key, int Length) MatchOffice(IReadOnlyList<Token> t, int i)
    {
        var first = i < t.Count && t[i].Text == "-" && t[i].Joined ? i + 1 : i;
        // An office of no words matches anywhere, in its place in the lexicon's order: then every office is tried.
        List<(string[] Words, string Key)> offices;
        if (_hasEmptyOffice) offices = _officeTokens;
        else if (first >= t.Count || !_officeFirstWords.Contains(t[first].Text)) return (null, 0);
        else offices = _officesByFirstWord[t[first].Text];
        foreach (var (words, key) in offices)
        {
            var k = i;
            var matched = 0;
            foreach (var word in words)
            {
                // "secretary-general" is three tokens; the lexicon may spell it either way.
                if (k < t.Count && t[k].Text == "-" && t[k].Joined) k++;
                if (k >= t.Count || !t[k].Is(word)) break;
                k++;
                matched++;
            }
            // Lower case is fine ("foreign minister Mélanie Joly"): a capitalised name must still follow.
            if (matched == words.Length) return (key, k - i);
        }
        return (null, 0);
    }

    private string? ReadNationality(IReadOnlyList<Token> t, ref int i)
    {
        // "U.S." arrives as U . S . tokens.
        if (i + 3 < t.Count && t[i].Text.Length == 1 && t[i + 1].Text == "." && t[i + 2].Text.Length == 1 && t[i + 3].Text == ".")
        {
            var dotted = $"{t[i].Text}.{t[i + 2].Text}".ToLowerInvariant();
            if (Country(dotted) is { } d) { i += 4; return d; }
        }
        if (t[i].IsWord && char.IsUpper(t[i].Text[0]) && Country(t[i].Text) is { } c && MatchOffice(t, i).Key is null)
        {
            i++;
            return c;
        }
        return null;
    }

    private static bool IsNameWord(Token token) =>
        token.IsWord && token.Text.Length > 1 && char.IsUpper(token.Text[0]) && HasLowerAfterFirst(token.Text);

    private static bool HasLowerAfterFirst(string word)
    {
        for (var k = 1; k < word.Length; k++)
            if (char.IsLower(word[k])) return true;
        return false;
    }

    // The lexicon folds a word (normalising accents, a new string or two) on every lookup, and every capitalised word of a
    // draft is looked up: the answers are remembered here, up to a bound. Concurrent: one checker may serve several threads.
    private const int MaxRememberedCountries = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _countries = new(StringComparer.Ordinal);

    private string? Country(string word)
    {
        if (_countries.TryGetValue(word, out var known)) return known;
        var country = lexicon.Country(word);
        if (_countries.Count < MaxRememberedCountries) _countries.TryAdd(word, country);
        return country;
    }

    // Made once: a method group converted at each call would be a new delegate each time.
    private static readonly Func<string, string> StripPossessiveOf = StripPossessive;

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal) ? word[..^2] : word;
}
