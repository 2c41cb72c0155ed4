using Checker.Core.Prose;

namespace Checker.Core.Claims;

/// <summary>
/// Joins a run of tokens' texts with spaces, as <c>string.Join(" ", Enumerable.Range(..).Select(k => tokens[k].Text))</c>
/// did. A lambda over <c>tokens</c> made the recognizers allocate a closure on *every* call, claim or not (the compiler
/// makes it where the captured parameter is declared): a quarter of extraction's garbage.
/// </summary>
internal static class TokenTexts
{
    /// <summary>The texts of tokens <paramref name="from"/> to <paramref name="to"/> (exclusive), each through <paramref name="map"/> when given.</summary>
    public static string Join(IReadOnlyList<Token> tokens, int from, int to, Func<string, string>? map = null)
    {
        if (to <= from) return "";
        if (map is null) return Join(tokens, from, to);
        var texts = new string[to - from];
        for (var k = from; k < to; k++) texts[k - from] = map(tokens[k].Text);
        return string.Join(" ", texts);
    }

    // The texts as they are, written straight into the string: no array of them first.
    private static string Join(IReadOnlyList<Token> tokens, int from, int to)
    {
        var length = to - from - 1;
        for (var k = from; k < to; k++) length += tokens[k].Text.Length;
        return string.Create(length, (tokens, from, to), static (joined, run) =>
        {
            var at = 0;
            for (var k = run.from; k < run.to; k++)
            {
                if (k > run.from) joined[at++] = ' ';
                run.tokens[k].Text.CopyTo(joined[at..]);
                at += run.tokens[k].Text.Length;
            }
        });
    }
}
