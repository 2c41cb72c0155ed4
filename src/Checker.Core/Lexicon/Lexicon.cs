namespace Checker.Core.Lexicon;

/// <summary>
/// The words Checker treats as one (synonyms) and the words that say nothing about what a figure is of (stop words).
/// Data, not code: the default text lives in rules/lexicon.txt and is parsed by <see cref="Parse"/>.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, string> _canonical;
    private readonly HashSet<string> _stopWords;
    private readonly Dictionary<string, string> _nationalities;
    private readonly Dictionary<string, string> _names;

    private Lexicon(Dictionary<string, string> canonical, HashSet<string> stopWords, List<(string[] Words, string Key)> offices,
        Dictionary<string, string> nationalities, Dictionary<string, string> names)
    {
        _canonical = canonical;
        _stopWords = stopWords;
        Offices = offices.OrderByDescending(o => o.Words.Length).ToList();
        _nationalities = nationalities;
        _names = names;
    }

    public static Lexicon Empty { get; } = new(new(), new(), [], new(), new());

    /// <summary>Office titles as word sequences with their canonical key, longest first ("Foreign Affairs Minister" → "foreign-minister").</summary>
    public IReadOnlyList<(string[] Words, string Key)> Offices { get; }

    /// <summary>The country a nationality or organisation word names ("British" → "UK"); null when it names none.</summary>
    public string? Country(string word)
    {
        var w = Fold(word);
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        return _nationalities.GetValueOrDefault(w);
    }

    /// <summary>A surname with its variants folded ("zelensky" → "zelenskyy"), lower case, without accents or possessive.</summary>
    public string NameKey(string surname)
    {
        var w = Fold(surname);
        if (w.EndsWith("'s", StringComparison.Ordinal)) w = w[..^2];
        return _names.GetValueOrDefault(w, w);
    }

    /// <summary>Whether a surname is one spelling of a person the lexicon knows several spellings of.</summary>
    public bool HasVariants(string surname) => _names.ContainsKey(NameKeyRaw(surname));

    private static string NameKeyRaw(string surname)
    {
        var w = Fold(surname);
        return w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
    }

    private static string Fold(string word)
    {
        var normalized = word.Replace('\u2019', '\'');
        // A lone surrogate (invalid UTF-16 from a broken file) cannot be normalised; such a word keeps its accents.
        try { normalized = normalized.Normalize(System.Text.NormalizationForm.FormD); }
        catch (ArgumentException) { }
        var chars = normalized.Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark);
        return new string(chars.ToArray()).ToLowerInvariant();
    }

    // Term is pure and called for every word of every context (tens per claim), so its answers are remembered; the
    // cache is bounded so that a document of random words cannot grow it without limit.
    private const int MaxCachedTerms = 50_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _terms = new(StringComparer.Ordinal);

    /// <summary>The canonical term for a word: lower case, singular, synonyms folded; null for a stop word.</summary>
    public string? Term(string word)
    {
        if (_terms.TryGetValue(word, out var known)) return known;
        var term = ComputeTerm(word);
        if (_terms.Count < MaxCachedTerms) _terms.TryAdd(word, term);
        return term;
    }

    private string? ComputeTerm(string word)
    {
        var lower = word.ToLowerInvariant().Replace('\u2019', '\'');
        if (lower.EndsWith("'s", StringComparison.Ordinal)) lower = lower[..^2];
        if (_stopWords.Contains(lower)) return null;
        if (_canonical.TryGetValue(lower, out var direct)) return direct;
        var stem = Stemmer.Stem(lower);
        if (_stopWords.Contains(stem)) return null;
        return _canonical.TryGetValue(stem, out var canonical) ? canonical : stem;
    }

    public bool IsStopWord(string word) => Term(word) is null;

    /// <summary>
    /// Parses the lexicon format: <c>[synonyms]</c> lines of <c>canonical: word, word</c>, and <c>[stopwords]</c>
    /// lines of words separated by spaces. '#' starts a comment. Problems are returned, never thrown.
    /// </summary>
    public static Lexicon Parse(string text, out IReadOnlyList<(int Line, string Message)> problems)
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var stop = new HashSet<string>(StringComparer.Ordinal);
        var offices = new List<(string[], string)>();
        var nationalities = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<(int, string)>();
        var section = "";
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1].Trim().ToLowerInvariant();
                if (section is not ("synonyms" or "stopwords" or "offices" or "nationalities" or "names")) found.Add((lineNumber, $"unknown section [{section}]"));
                continue;
            }
            switch (section)
            {
                case "synonyms":
                    var colon = line.IndexOf(':');
                    if (colon <= 0) { found.Add((lineNumber, "expected 'canonical: word, word'")); continue; }
                    var head = Stemmer.Stem(line[..colon].Trim().ToLowerInvariant());
                    canonical[head] = head;
                    foreach (var w in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        var lower = w.ToLowerInvariant();
                        canonical[lower] = head;
                        canonical[Stemmer.Stem(lower)] = head;
                    }
                    break;
                case "offices" or "nationalities" or "names":
                    var sep = line.IndexOf(':');
                    if (sep <= 0) { found.Add((lineNumber, "expected 'key: phrase, phrase'")); continue; }
                    var key = line[..sep].Trim();
                    foreach (var phrase in line[(sep + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        if (section == "offices") offices.Add((phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries), key));
                        else if (section == "nationalities") nationalities[Fold(phrase)] = key;
                        else names[Fold(phrase)] = Fold(key);
                    }
                    if (section == "names") names[Fold(key)] = Fold(key);
                    break;
                case "stopwords":
                    foreach (var w in line.Split(' ', StringSplitOptions.RemoveEmptyEntries)) stop.Add(w.ToLowerInvariant());
                    break;
                default:
                    found.Add((lineNumber, "text outside a section"));
                    break;
            }
        }
        problems = found;
        return new Lexicon(canonical, stop, offices, nationalities, names);
    }
}
