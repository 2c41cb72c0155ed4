namespace Checker.Core.Claims;

/// <summary>
/// The first letters of a case-insensitive (<see cref="StringComparer.OrdinalIgnoreCase"/>) word set, to turn most words
/// away before hashing them: the recognizers ask such sets about every word of a draft, and most words start with a
/// letter no member starts with. Exact: a word this rejects is in no such set. Only ASCII first letters are ruled on (an
/// ASCII letter equals only its own upper and lower case); a word starting with any other character, or any word when a
/// member starts with a non-ASCII character, is left to the set.
/// </summary>
internal sealed class WordInitials
{
    private readonly bool[] _asciiInitials = new bool[128];
    private readonly bool _rulesOnAscii;

    public WordInitials(IEnumerable<string> members)
    {
        _rulesOnAscii = true;
        foreach (var member in members)
        {
            if (member.Length == 0 || !char.IsAscii(member[0])) { _rulesOnAscii = false; continue; }
            _asciiInitials[char.ToLowerInvariant(member[0])] = true;
            _asciiInitials[char.ToUpperInvariant(member[0])] = true;
        }
    }

    /// <summary>False when <paramref name="word"/> is certainly in no member's case-insensitive spelling.</summary>
    public bool MayStart(string word) =>
        !_rulesOnAscii || word.Length == 0 || !char.IsAscii(word[0]) || _asciiInitials[word[0]];
}
