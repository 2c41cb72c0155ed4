namespace Checker.Core.Claims;

/// <summary>
/// A fixed set of words asked case-insensitively whether a word is one of them, answering exactly as a
/// <see cref="HashSet{T}"/> with <see cref="StringComparer.OrdinalIgnoreCase"/> would. The recognizers ask such sets about
/// most words of a draft ("is it a number word, a clause break, an office's first word?"), and hashing each word cost more
/// than comparing it with the few members of its length and first letter, which is all a word can equal (case-insensitive
/// equality keeps lengths, and an ASCII letter equals only itself in either case). A word that starts with anything but an
/// ASCII letter is asked of the set itself (ignoring case, "ſix" is "six").
/// </summary>
internal sealed class WordSet
{
    private const int Letters = 26;

    private readonly HashSet<string> _set;
    // The members by length and lower-cased ASCII first letter (length * 26 + letter); null where there are none.
    private readonly string[]?[] _byLengthAndInitial;

    public WordSet(IEnumerable<string> members)
    {
        _set = new HashSet<string>(members, StringComparer.OrdinalIgnoreCase);
        var longest = _set.Count == 0 ? 0 : _set.Max(m => m.Length);
        var groups = new List<string>?[(longest + 1) * Letters];
        foreach (var member in _set)
        {
            // A member with another first character can only be found through the set: every word is asked of it then.
            if (member.Length == 0 || !char.IsAsciiLetter(member[0]))
            {
                _byLengthAndInitial = [];
                return;
            }
            (groups[Slot(member)] ??= []).Add(member);
        }
        _byLengthAndInitial = groups.Select(g => g?.ToArray()).ToArray();
    }

    public bool Contains(string word)
    {
        if (_byLengthAndInitial.Length == 0 || word.Length == 0 || !char.IsAsciiLetter(word[0])) return _set.Contains(word);
        var slot = Slot(word);
        if (slot >= _byLengthAndInitial.Length || _byLengthAndInitial[slot] is not { } candidates) return false;
        foreach (var candidate in candidates)
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int Slot(string word) => word.Length * Letters + ((word[0] | 0x20) - 'a');
}
