using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Engine.Tests.Recognition;

public class TitleRecognizerTests
{
    private static IReadOnlyList<TitleClaim> Titles(string text) =>
        new ClaimExtractor(SeedLoader.DefaultLexicon).Extract(MarkdownProse.Parse(text), new RecognizerOptions("CAD", new DateOnly(2026, 1, 8), "Canada"))
            .OfType<TitleClaim>().ToList();

    [Theory]
    [InlineData("Foreign Affairs Minister Mélanie Joly spoke.", "Foreign Affairs Minister Mélanie Joly", "foreign-minister", "Canada", "joly", false)]
    [InlineData("British Prime Minister Keir Starmer's office said.", "British Prime Minister Keir Starmer", "prime-minister", "UK", "starmer", false)]
    [InlineData("U.S. President Donald Trump said.", "U.S. President Donald Trump", "president", "US", "trump", false)]
    [InlineData("A report by former NATO Secretary General Anders Fogh Rasmussen.", "former NATO Secretary General Anders Fogh Rasmussen", "secretary-general", "NATO", "rasmussen", true)]
    [InlineData("President of Ukraine Volodymyr Zelensky stands.", "President of Ukraine Volodymyr Zelensky", "president", "Ukraine", "zelenskyy", false)]
    [InlineData("Mélanie Joly, Canada's foreign minister, spoke.", "Mélanie Joly, Canada's foreign minister", "foreign-minister", "Canada", "joly", false)]
    [InlineData("Joly, then foreign minister, spoke.", "Joly, then foreign minister", "foreign-minister", "Canada", "joly", true)]
    [InlineData("defence minister David McGuinty said.", "defence minister David McGuinty", "defence-minister", "Canada", "mcguinty", false)]
    // The office as far from where the claim starts as each form allows (7 and 11 tokens on: TitleRecognizer tries a token only that near an office).
    [InlineData("It was former-U.S.-foreign minister Antony Blinken who spoke.", "former-U.S.-foreign minister Antony Blinken", "foreign-minister", "US", "blinken", true)]
    [InlineData("Antony John Blinken, the U.S. then-foreign minister, spoke.", "Antony John Blinken, the U.S. then-foreign minister", "foreign-minister", "US", "blinken", true)]
    public void Recognises_an_office_and_its_holder(string text, string span, string office, string country, string person, bool former)
    {
        var claim = Assert.Single(Titles(text));
        Assert.Equal(span, claim.Text);
        Assert.Equal(office, claim.Office);
        Assert.Equal(country, claim.Country);
        Assert.Equal(person, claim.PersonKey);
        Assert.Equal(former, claim.Former);
    }

    [Theory]
    [InlineData("The prime minister announced new aid.")]
    [InlineData("A spokesperson for the Defence Minister declined to comment.")]
    [InlineData("Ms. Joly said she was the first.")]
    public void A_title_without_a_name_or_a_name_without_a_title_is_no_claim(string text) => Assert.Empty(Titles(text));
}
