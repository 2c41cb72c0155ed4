namespace Checker.Core.Claims;

/// <summary>
/// The context term of each token text met in one extraction (null for a stop word, a number other than a year,
/// punctuation), worked out once per distinct text and kept in a table of this extraction's own (a
/// <see cref="Prose.TextTable"/>), not a shared concurrent one, for the tens of thousands of words whose terms a large
/// draft's contexts need. One per extraction; not thread-safe.
/// </summary>
internal sealed class TokenTerms(Lexicon.Lexicon lexicon)
{
    // Past this (a draft of random words) answers are worked out each time instead of kept, so the table cannot grow
    // without bound; the answers are the same.
    private const int MaxRemembered = 200_000;

    // Each word's term as a number (-1 for none), and each number's term: extraction weighs a claim's terms by number,
    // in arrays, instead of hashing their texts into a dictionary per claim (see ContextWeights).
    private readonly Prose.TextTable _termIds = new();
    private readonly Dictionary<string, int> _idOfTerm = new(StringComparer.Ordinal);
    private readonly List<string> _termTexts = [];

    /// <summary>The term of <paramref name="word"/>: a year as written, else the lexicon's term of a word; null for anything else.</summary>
    public string? Of(string word)
    {
        var id = IdOf(word);
        return id < 0 ? null : _termTexts[id];
    }

    /// <summary>
    /// The number of <paramref name="word"/>'s term (see <see cref="Of"/>), -1 for none: equal terms have one number, from
    /// 0 up, for the rest of the extraction. The numbers are bounded by the distinct terms of the draft read.
    /// </summary>
    public int IdOf(string word)
    {
        var hash = Prose.WordHash.Of(word);
        if (_termIds.TryGet(word, hash, out _, out var known)) return known;
        var id = Compute(word) is { } term ? Number(term) : -1;
        if (_termIds.Count < MaxRemembered) _termIds.Add(word, hash, id);
        return id;
    }

    /// <summary>
    /// <see cref="IdOf(string)"/> of <paramref name="token"/>'s text. Punctuation and symbols start with neither a letter
    /// nor a digit, and a number is a term only as a four-digit year: those have none, and are not looked up.
    /// </summary>
    public int IdOf(in Prose.Token token) =>
        token.Kind switch
        {
            Prose.TokenKind.Punct or Prose.TokenKind.Symbol => -1,
            Prose.TokenKind.Number when token.Text.Length != 4 => -1,
            _ => IdOf(token.Text),
        };

    /// <summary>The term numbered <paramref name="id"/> by <see cref="IdOf(string)"/>.</summary>
    public string Text(int id) => _termTexts[id];

    /// <summary>How many terms have a number so far (every number is below it).</summary>
    public int Count => _termTexts.Count;

    private int Number(string term)
    {
        ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_idOfTerm, term, out var exists);
        if (!exists)
        {
            id = _termTexts.Count;
            _termTexts.Add(term);
        }
        return id;
    }

    private string? Compute(string word)
    {
        if (word.Length == 0) return null;
        if (char.IsDigit(word[0])) return word.Length == 4 && IsDigits(word) ? word : null; // keep years
        if (!char.IsLetter(word[0])) return null;
        return lexicon.Term(word);
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }
}
