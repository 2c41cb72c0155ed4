using Checker.Core.Prose;

namespace Checker.Engine.Tests.Recognition;

/// <summary>The token-text pool (an open-addressing table since extract4) hands out one string per distinct text.</summary>
public class TokenTextPoolTests
{
    [Fact]
    public void Equal_texts_get_one_string_and_different_texts_their_own()
    {
        var pool = new TokenTextPool();
        // Enough distinct texts to make the table grow several times.
        var texts = Enumerable.Range(0, 20_000).Select(k => $"w{k}").ToList();
        var first = texts.Select(t => pool.Get(t.AsSpan())).ToList();
        var again = texts.Select(t => pool.Get(("x" + t)[1..].AsSpan())).ToList();
        for (var k = 0; k < texts.Count; k++)
        {
            Assert.Equal(texts[k], first[k]);
            Assert.Same(first[k], again[k]);
        }
        Assert.Equal(texts.Count, first.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Theory]
    [InlineData(".")]
    [InlineData("$")]
    [InlineData("€")]
    [InlineData("\u2014")]
    [InlineData("a")]
    [InlineData("")]
    public void One_character_texts_are_pooled_too(string text)
    {
        var pool = new TokenTextPool();
        var first = pool.Get(text.AsSpan());
        Assert.Equal(text, first);
        Assert.Same(first, pool.Get(new string(text.AsSpan())));
    }

    [Fact]
    public void Tokens_read_through_a_pool_are_the_tokens_read_without_one()
    {
        const string prose = "Canada\u2019s $1.8 billion (2023) — and 30 countries, G7 partners, Mélanie Joly's aid: 6.5%.";
        var span = new Checker.Core.Text.TextSpan(0, prose.Length);
        Assert.Equal(Tokenizer.Tokenize(prose, span), Tokenizer.Tokenize(prose, span, new TokenTextPool()));
    }
}
