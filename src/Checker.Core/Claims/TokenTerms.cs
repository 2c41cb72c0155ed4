namespace Checker.Core.Claims;

/// <summary>
/// The context term of each token text met in one extraction (null for a stop word, a number other than a year,
/// punctuation), worked out once per distinct text. Token texts come from a <see cref="Prose.TokenTextPool"/>, so equal
/// texts are one string and are found by reference: no hashing of the characters, no shared concurrent table, for the
/// tens of thousands of words whose terms a large draft's contexts need. One per extraction; not thread-safe.
/// </summary>
internal sealed class TokenTerms(Lexicon.Lexicon lexicon)
{
    // Past this (a draft of random words) answers are worked out each time instead of kept, so the table cannot grow
    // without bound; the answers are the same.
    private const int MaxRemembered = 200_000;

    private readonly Dictionary<string, string?> _terms = new(ReferenceEqualityComparer.Instance);

    /// <summary>The term of <paramref name="word"/>: a year as written, else the lexicon's term of a word; null for anything else.</summary>
    public string? Of(string word)
    {
        if (_terms.TryGetValue(word, out var known)) return known;
        var term = Compute(word);
        if (_terms.Count < MaxRemembered) _terms.Add(word, term);
        return term;
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
