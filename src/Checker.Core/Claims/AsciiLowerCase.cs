namespace Checker.Core.Claims;

/// <summary>
/// Words lower-cased as <c>ToLowerInvariant</c> would, for comparing with lower-case ASCII names (months, days) without a
/// lower-cased copy of every capitalised word, nor a call into the culture's casing for each accented one ("Mélanie").
/// Beyond ASCII only the Kelvin sign lower-cases into it (to "k"), in the culture's casing and in invariant mode alike
/// (a test holds this): any other such character stays outside ASCII once lower-cased, so the word matches no ASCII name.
/// </summary>
internal static class AsciiLowerCase
{
    private const char KelvinSign = '\u212A';

    /// <summary>
    /// <paramref name="c"/> lower-cased as <see cref="char.ToLowerInvariant"/> does, when that is ASCII; false (and
    /// <paramref name="lower"/> undefined) when it is not.
    /// </summary>
    public static bool TryLower(char c, out char lower)
    {
        if (char.IsAscii(c))
        {
            lower = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            return true;
        }
        lower = 'k';
        return c == KelvinSign;
    }

    /// <summary>
    /// Writes <paramref name="word"/> lower-cased into the start of <paramref name="lower"/> (at least as long), when all
    /// of it lower-cases to ASCII; false as soon as a character does not.
    /// </summary>
    public static bool TryLower(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var k = 0; k < word.Length; k++)
            if (!TryLower(word[k], out lower[k])) return false;
        return true;
    }
}
