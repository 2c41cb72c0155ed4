using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Engine.Tests.Recognition;

public class FigureRecognizerTests
{
    private static IReadOnlyList<QuantityClaim> Claims(string markdown) =>
        new ClaimExtractor(SeedLoader.DefaultLexicon).Extract(MarkdownProse.Parse(markdown), new RecognizerOptions("CAD")).OfType<QuantityClaim>().ToList();

    [Theory]
    [InlineData("Canada gave $6.5 billion in aid.", "$6.5 billion", ClaimKind.Money, 6.5e9, "CAD", QualifierKind.None)]
    [InlineData("a planned $81.8-billion defence investment", "$81.8-billion", ClaimKind.Money, 81.8e9, "CAD", QualifierKind.None)]
    [InlineData("a US$90-billion arms deal", "US$90-billion", ClaimKind.Money, 90e9, "USD", QualifierKind.None)]
    [InlineData("worth C$6.5bn in all", "C$6.5bn", ClaimKind.Money, 6.5e9, "CAD", QualifierKind.None)]
    [InlineData("a €90-billion loan", "€90-billion", ClaimKind.Money, 90e9, "EUR", QualifierKind.None)]
    [InlineData("about 81.8 billion dollars in all", "about 81.8 billion dollars", ClaimKind.Money, 81.8e9, "CAD", QualifierKind.About)]
    [InlineData("a total of $81,800 million", "$81,800 million", ClaimKind.Money, 81.8e9, "CAD", QualifierKind.None)]
    [InlineData("a $90-billion (U.S.) deal", "$90-billion (U.S.)", ClaimKind.Money, 90e9, "USD", QualifierKind.None)]
    [InlineData("it cost $2.3B last year", "$2.3B", ClaimKind.Money, 2.3e9, "CAD", QualifierKind.None)]
    [InlineData("over $2 billion in aid", "over $2 billion", ClaimKind.Money, 2e9, "CAD", QualifierKind.MoreThan)]
    [InlineData("backed by more than 30 countries", "more than 30 countries", ClaimKind.Count, 30, "countries", QualifierKind.MoreThan)]
    [InlineData("backed by thirty nations", "thirty nations", ClaimKind.Count, 30, "nations", QualifierKind.None)]
    [InlineData("backed by two dozen countries", "two dozen countries", ClaimKind.Count, 24, "countries", QualifierKind.None)]
    [InlineData("around 2,000 troops in Latvia", "around 2,000 troops", ClaimKind.Count, 2000, "troops", QualifierKind.About)]
    [InlineData("nearly twenty-five states", "nearly twenty-five states", ClaimKind.Count, 25, "states", QualifierKind.Nearly)]
    [InlineData("spending of 2% of GDP", "2%", ClaimKind.Percent, 2, "%", QualifierKind.None)]
    [InlineData("spending of two per cent of GDP", "two per cent", ClaimKind.Percent, 2, "%", QualifierKind.None)]
    [InlineData("after almost four years of war", "almost four years", ClaimKind.Duration, 4, "year", QualifierKind.Nearly)]
    [InlineData("exactly 30 countries signed", "exactly 30 countries", ClaimKind.Count, 30, "countries", QualifierKind.Exactly)]
    [InlineData("backed by 30-plus countries", "30-plus countries", ClaimKind.Count, 30, "countries", QualifierKind.MoreThan)]
    [InlineData("backed by upward of 30 nations", "upward of 30 nations", ClaimKind.Count, 30, "nations", QualifierKind.MoreThan)]
    public void Recognises_figures_with_their_exact_span(string text, string span, ClaimKind kind, double value, string unit, QualifierKind qualifier)
    {
        var claim = Assert.Single(Claims(text));
        Assert.Equal(span, claim.Text);
        Assert.Equal(span, text.Substring(claim.Span.Start, claim.Span.Length));
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(value, claim.Value, 6);
        Assert.Equal(unit, claim.Kind == ClaimKind.Count ? claim.Noun : claim.Unit);
        Assert.Equal(qualifier, claim.Qualifier);
    }

    [Theory]
    [InlineData("Call 613-555-0100 for details.")]
    [InlineData("Call (613) 555-0100 for details.")]
    [InlineData("See section 3 and page 12 of the report.")]
    [InlineData("The G7 met with F-35 makers.")]
    [InlineData("The 2022 Kyiv report was presented on the 13th.")]
    [InlineData("Of the 30, 12 are expected to contribute.")]
    [InlineData("It started at 10:30 on 2026-01-06.")]
    [InlineData("Bill C-11 passed.")]
    [InlineData("One of them said so.")]
    public void Ignores_numbers_that_are_not_figures(string text) => Assert.Empty(Claims(text));

    [Fact]
    public void Markdown_markup_code_and_urls_are_not_prose()
    {
        const string draft = """
            ---
            date: 2026-01-08
            budget: $9 billion
            ---
            # Aid of **$6.5 billion** in [military assistance](https://example.com/$7-billion)

            1. First item has `$3 billion` in code.

            A paragraph.

                indented code $4 billion

            <!-- $5 billion in a comment -->
            <div>$8 billion in HTML</div>

            | Measure | Amount |
            | --- | --- |
            | Military assistance | $6 billion |

            > Quoted: more than 30 countries.
            """;
        var claims = Claims(draft).Select(c => c.Text).ToList();
        Assert.Equal(["$6.5 billion", "$6 billion", "more than 30 countries"], claims);
    }

    [Fact]
    public void A_table_cell_is_read_with_its_row_header()
    {
        var claim = Assert.Single(Claims("| Measure | Amount |\n| --- | --- |\n| Military assistance since 2022 | $6 billion |\n"));
        Assert.Contains("military", claim.Context.Head);
        Assert.Equal(AnchorKind.Since, claim.Anchor?.Kind);
    }
}
