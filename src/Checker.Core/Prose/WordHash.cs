namespace Checker.Core.Prose;

/// <summary>
/// The hash of a token's text for the tables that look up every token of a draft (the token-text pool, the terms of
/// token texts): FNV-1a over its characters. Tokens are short, so this costs a few multiplies; the tables take their
/// slot from the hash's high bits (a Fibonacci product) and confirm a match on the characters.
/// </summary>
internal static class WordHash
{
    public static int Of(ReadOnlySpan<char> text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return (int)hash;
    }
}
