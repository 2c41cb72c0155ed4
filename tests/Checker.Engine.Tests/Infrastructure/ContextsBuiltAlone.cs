using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Engine.Tests.Infrastructure;

/// <summary>
/// The oracle for extraction's shortcuts (scratch dictionaries, reused term buffers, remembered token terms): each
/// claim's context equals the one the public <see cref="ContextBuilder.Build"/> makes for its sentence and neighbours
/// on their own — the same terms, weights and head, enumerated in the same order (scores sum in that order).
/// </summary>
public static class ContextsBuiltAlone
{
    /// <summary>Extracts <paramref name="markdown"/>'s claims, at least <paramref name="atLeast"/>, and checks each one's context.</summary>
    public static void AssertEachClaimsContext(string markdown, DateOnly today, int atLeast)
    {
        var lexicon = SeedLoader.DefaultLexicon;
        var document = MarkdownProse.Parse(markdown);
        var claims = new ClaimExtractor(lexicon).Extract(document, new RecognizerOptions("CAD", today));
        Assert.True(claims.Count >= atLeast, $"{claims.Count} claims, expected at least {atLeast}");
        var sentences = document.Sentences.ToList();
        var tokens = sentences.Select(s => Tokenizer.Tokenize(document.Prose, s.Span)).ToList();
        foreach (var claim in claims)
        {
            var index = sentences.FindIndex(s => s.Span == claim.SentenceSpan);
            var neighbours = new[] { index - 1, index + 1 }.Where(n => n >= 0 && n < tokens.Count).Select(n => (IReadOnlyList<Token>)tokens[n]);
            var expected = ContextBuilder.Build(lexicon, tokens[index], claim.Span, claim.Kind, [], neighbours, []);
            Assert.Equal(expected.Weights.ToList(), claim.Context.Weights.ToList());
            Assert.Equal(expected.Head.ToList(), claim.Context.Head.ToList());
        }
    }
}
