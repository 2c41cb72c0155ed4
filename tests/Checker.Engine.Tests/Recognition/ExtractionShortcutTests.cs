using Checker.Engine.Tests.Infrastructure;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Engine.Tests.Recognition;

/// <summary>
/// The extraction shortcuts of the speed2 branch (words turned away by length or first letter before a lookup, ASCII
/// words compared without lower-cased copies, each claim's weights worked out in a scratch dictionary and copied) must
/// change no claim: in every case of mixed case, possessives and non-ASCII letters, the claims are those the plain code
/// path gives.
/// </summary>
public class ExtractionShortcutTests
{
    private static readonly DateOnly Today = new(2025, 9, 3); // a Wednesday

    private static IReadOnlyList<Claim> Claims(string markdown) =>
        new ClaimExtractor(SeedLoader.DefaultLexicon).Extract(MarkdownProse.Parse(markdown), new RecognizerOptions("CAD", Today));

    [Theory]
    [InlineData("Talks resumed on Monday in Ottawa.", "Monday", 2025, 9, 1)]
    [InlineData("Monday's talks went well.", "Monday's", 2025, 9, 1)]
    [InlineData("Monday\u2019s talks went well.", "Monday\u2019s", 2025, 9, 1)]
    [InlineData("Talks resumed on MONDAY in Ottawa.", "MONDAY", 2025, 9, 1)]
    [InlineData("Talks resumed on Sunday in Ottawa.", "Sunday", 2025, 8, 31)]
    public void Day_names_resolve_whatever_their_case_or_possessive(string text, string span, int year, int month, int day)
    {
        var date = Assert.Single(Claims(text).OfType<DateClaim>());
        Assert.Equal(span, date.Text);
        Assert.Equal(new DateOnly(year, month, day), date.From);
    }

    [Theory]
    [InlineData("The Ministry\u2019s report came out.")]
    [InlineData("The Secretary spoke to the Members.")]
    [InlineData("Septembers are busy in Ottawa.")]
    public void Words_that_only_start_like_a_month_or_day_are_not_dates(string text) =>
        Assert.Empty(Claims(text).OfType<DateClaim>());

    [Theory]
    [InlineData("In 2023, Canada gave $1.8 billion in military assistance.", AnchorKind.At, 2023, 1)]
    [InlineData("IN 2023, Canada gave $1.8 billion in military assistance.", AnchorKind.At, 2023, 1)]
    [InlineData("Canada has given $1.8 billion since 2022.", AnchorKind.Since, 2022, 1)]
    [InlineData("Canada has given $1.8 billion SINCE 2022.", AnchorKind.Since, 2022, 1)]
    [InlineData("As of AUGUST 2023, Canada had given $1.8 billion.", AnchorKind.At, 2023, 8)]
    [InlineData("As of Aug. 2023, Canada had given $1.8 billion.", AnchorKind.At, 2023, 8)]
    [InlineData("By mid-2023 Canada had given $1.8 billion.", AnchorKind.At, 2023, 1)]
    public void Time_anchors_are_read_whatever_their_case(string text, AnchorKind kind, int year, int month)
    {
        var figure = Assert.Single(Claims(text).OfType<QuantityClaim>());
        Assert.NotNull(figure.Anchor);
        Assert.Equal(kind, figure.Anchor!.Kind);
        Assert.Equal(new DateOnly(year, month, 1), figure.Anchor.From);
    }

    [Theory]
    [InlineData("TWENTY countries signed.", 20)]
    [InlineData("Two dozen countries signed.", 24)]
    [InlineData("Some Thirty-five nations signed.", 35)]
    [InlineData("Seventeen nations signed.", 17)]
    public void Number_words_are_read_whatever_their_case(string text, double value) =>
        Assert.Equal(value, Assert.Single(Claims(text).OfType<QuantityClaim>()).Value);

    [Fact]
    public void A_sentence_s_claims_come_in_the_order_they_start_whatever_recognizer_found_them()
    {
        // The figure is found last (dates, titles, figures) but starts first.
        var claims = Claims("$5 billion was pledged by Prime Minister Mark Carney on Monday.");
        Assert.Equal([ClaimKind.Money, ClaimKind.Title, ClaimKind.Date], claims.Select(c => c.Kind));
        Assert.True(claims.Zip(claims.Skip(1)).All(p => p.First.Span.Start < p.Second.Span.Start));
    }

    [Fact]
    public void Each_claim_s_context_is_the_one_built_on_its_own_weights_and_order_included()
    {
        const string text = "Canada has sent military aid to Ukraine. In 2023, it gave $1.8 billion in military assistance to Kyiv, "
                            + "and 30 countries joined the coalition on Monday. Defence Minister Bill Blair said more would follow.";
        ContextsBuiltAlone.AssertEachClaimsContext(text, Today, atLeast: 3);
    }
}
