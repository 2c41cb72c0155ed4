using Checker.Engine.Tests.Infrastructure;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Core.Text;
using Checker.Workspace;

namespace Checker.Engine.Tests.Recognition;

/// <summary>
/// The extract3 shortcuts change no claim: recognizers skip a sentence or token only when it cannot start their claim
/// (no office word, no number, a first token no date starts with), sentences' terms are kept for three sentences at a
/// time in reused buffers, claims' weights are kept in <c>TermWeights</c> rather than a dictionary, and tokens are
/// 16 bytes (a start, not a span).
/// </summary>
public class ExtractionSkipsTests
{
    private static readonly DateOnly Today = new(2025, 9, 3);

    private static IReadOnlyList<Claim> Claims(string markdown) =>
        new ClaimExtractor(SeedLoader.DefaultLexicon).Extract(MarkdownProse.Parse(markdown), new RecognizerOptions("CAD", Today));

    [Theory]
    [InlineData("The war has lasted four years ago in the telling.", ClaimKind.Date, "four years ago")]
    [InlineData("it happened five years ago, officials said.", ClaimKind.Date, "five years ago")]
    [InlineData("talks resumed last year in Ottawa.", ClaimKind.Date, "last year")]
    [InlineData("the summit was held earlier this year in Vilnius.", ClaimKind.Date, "earlier this year")]
    [InlineData("a dozen nations signed the pledge.", ClaimKind.Count, "a dozen nations")]
    [InlineData("almost four years of war have passed.", ClaimKind.Duration, "almost four years")]
    [InlineData("it rose by two per cent over the period.", ClaimKind.Percent, "two per cent")]
    [InlineData("the announcement came from foreign minister Mélanie Joly in Ottawa.", ClaimKind.Title, "foreign minister Mélanie Joly")]
    [InlineData("Mélanie Joly, the foreign minister, spoke first.", ClaimKind.Title, "Mélanie Joly, the foreign minister")]
    public void Claims_that_start_with_a_lower_case_word_or_no_digit_are_still_found(string text, ClaimKind kind, string claimText)
    {
        var claim = Assert.Single(Claims(text), c => c.Kind == kind);
        Assert.Equal(claimText, claim.Text);
    }

    [Theory]
    [InlineData("Officials in Ottawa met their counterparts from Kyiv and Warsaw.")]
    [InlineData("The Minister's Office said nothing more.")]
    [InlineData("Nobody said anything about it.")]
    public void Sentences_without_a_number_an_office_or_a_date_word_have_no_claims(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void Claims_in_a_long_run_of_sentences_get_the_contexts_built_for_each_on_its_own()
    {
        // Claims in consecutive sentences, sentences without claims between, and sentences longer than the term
        // buffers' first size, so that every buffer is reused and regrown.
        var longTail = string.Join(" ", Enumerable.Range(0, 90).Select(k => $"word{(char)('a' + k % 26)}ing"));
        var sentences = new List<string>();
        for (var k = 0; k < 14; k++)
        {
            sentences.Add(k % 4 == 3 ? "Nothing was said about it." : $"In {2010 + k}, Canada gave ${k + 1}.5 billion in military assistance to Ukraine.");
            if (k % 5 == 1) sentences.Add($"Some {k + 20} countries joined the coalition, {longTail}.");
        }
        // The dates in "In 2010, …" date the figures and are not claims of their own.
        ContextsBuiltAlone.AssertEachClaimsContext(string.Join(" ", sentences), Today, atLeast: 12);
    }

    [Fact]
    public void A_claim_s_weights_answer_as_a_dictionary_of_the_same_terms_would()
    {
        var claims = Claims("Canada has sent aid. In 2023, it gave $1.8 billion in military assistance to Kyiv. The coalition grew.");
        var weights = Assert.Single(claims.OfType<QuantityClaim>()).Context.Weights;
        var pairs = weights.ToList();
        var dictionary = new Dictionary<string, double>(pairs, StringComparer.Ordinal);
        Assert.True(pairs.Count > 5);
        Assert.Equal(dictionary.Count, weights.Count);
        Assert.Equal(pairs.Select(p => p.Key), weights.Keys);
        Assert.Equal(pairs.Select(p => p.Value), weights.Values);
        foreach (var (term, weight) in dictionary)
        {
            Assert.True(weights.ContainsKey(term));
            Assert.True(weights.TryGetValue(new string(term.AsSpan()), out var found)); // equal text, another string
            Assert.Equal(weight, found);
            Assert.Equal(weight, weights[term]);
        }
        foreach (var absent in new[] { "", "q", "qqqqqq", "militaryassistance", "Billion", "zzzzzzzz" })
        {
            Assert.False(weights.ContainsKey(absent));
            Assert.False(weights.TryGetValue(absent, out _));
            Assert.Throws<KeyNotFoundException>(() => weights[absent]);
        }
    }

    [Fact]
    public void A_token_s_span_is_the_prose_its_text_was_read_from()
    {
        const string prose = "Some  $6.5-billion,\u00a0Mélanie Joly’s F-35 (2023).";
        foreach (var token in Tokenizer.Tokenize(prose, new TextSpan(0, prose.Length)))
            Assert.Equal(token.Text, prose[token.Span.Start..token.Span.End]);
        var t = new Token(TokenKind.Word, new TextSpan(6, 11), "hello", true);
        Assert.Equal((TokenKind.Word, new TextSpan(6, 11), "hello", true), (t.Kind, t.Span, t.Text, t.Joined));
        Assert.Equal(t, new Token(TokenKind.Word, new TextSpan(6, 11), "hello", true));
        Assert.NotEqual(t, new Token(TokenKind.Word, new TextSpan(7, 12), "hello", true));
        Assert.Throws<ArgumentException>(() => new Token(TokenKind.Word, new TextSpan(6, 12), "hello", true));
    }

    [Fact]
    public void A_token_longer_than_a_16_bit_length_keeps_its_whole_span()
    {
        var word = new string('a', 70_000);
        var prose = "x " + word + " y";
        var tokens = Tokenizer.Tokenize(prose, new TextSpan(0, prose.Length));
        Assert.Equal(3, tokens.Count);
        Assert.Equal(new TextSpan(2, 70_002), tokens[1].Span);
        Assert.Equal(new TextSpan(70_003, 70_004), tokens[2].Span);
        var exactly = new Token(TokenKind.Word, new TextSpan(5, 5 + ushort.MaxValue), new string('b', ushort.MaxValue), false);
        Assert.Equal(new TextSpan(5, 5 + ushort.MaxValue), exactly.Span);
    }
}
