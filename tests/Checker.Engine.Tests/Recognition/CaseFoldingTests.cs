using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Engine.Tests.Recognition;

/// <summary>
/// The extract5 change: day and month names are compared with words lower-cased into a small buffer, ASCII only
/// (<c>AsciiLowerCase</c>), instead of lower-cased and stripped copies. The words found must be the ones those copies found.
/// </summary>
public class CaseFoldingTests
{
    private static readonly DateOnly Today = new(2025, 9, 3);

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    [Fact]
    public void A_character_lower_cases_into_ascii_exactly_when_the_runtime_says_so()
    {
        for (var c = char.MinValue; ; c++)
        {
            var expected = char.ToLowerInvariant(c);
            Assert.True(AsciiLowerCase.TryLower(c, out var lower) == char.IsAscii(expected), $"U+{(int)c:X4}");
            if (char.IsAscii(expected)) Assert.Equal(expected, lower);
            if (c == char.MaxValue) break;
        }
    }

    [Theory]
    [InlineData("Tuesday")]
    [InlineData("TUESDAY")]
    [InlineData("Tuesday\u2019s")]
    [InlineData("Tuesday's")]
    [InlineData("TUESDAY\u2019S")]
    [InlineData("Sunday'S")]
    [InlineData("Tues\u2019sday")]
    [InlineData("Wednesday's's")]
    [InlineData("Mondays")]
    [InlineData("Moscow\u2019s")]
    [InlineData("Fri\u212Aday")]
    [InlineData("Thursdays\u2019s")]
    public void A_capitalised_word_names_the_day_its_lower_cased_copy_without_possessives_names(string word)
    {
        var day = Array.IndexOf(DayNames, word.ToLowerInvariant().Replace("\u2019s", "").Replace("'s", ""));
        var claims = Claims($"The talks on {word} ended without a deal.");
        if (day < 0)
        {
            Assert.DoesNotContain(claims, c => c is DateClaim);
            return;
        }
        var date = Assert.IsType<DateClaim>(Assert.Single(claims));
        Assert.Equal(word, date.Text);
        Assert.Equal((DayOfWeek)day, date.From.DayOfWeek);
    }

    [Theory]
    [InlineData("The pact was signed in JUNE 2023 in Vilnius.", "JUNE 2023", 6)]
    [InlineData("The pact was signed in June 2023 in Vilnius.", "June 2023", 6)]
    [InlineData("The pact was signed on Sept. 12, 2023 in Vilnius.", "Sept. 12, 2023", 9)]
    [InlineData("The pact was signed on SEPT. 12, 2023 in Vilnius.", "SEPT. 12, 2023", 9)]
    [InlineData("The pact was signed in Märch 2023 in Vilnius.", "2023", 1)]
    [InlineData("The pact was signed in Ju\u212Ane 2023 in Vilnius.", "2023", 1)]
    public void Months_are_found_whatever_their_case_and_only_when_spelled_in_ascii(string text, string claimText, int month)
    {
        var date = Assert.IsType<DateClaim>(Assert.Single(Claims(text)));
        Assert.Equal(claimText, date.Text);
        Assert.Equal(month, date.From.Month);
    }

    private static IReadOnlyList<Claim> Claims(string markdown) =>
        new ClaimExtractor(SeedLoader.DefaultLexicon).Extract(MarkdownProse.Parse(markdown), new RecognizerOptions("CAD", Today));
}
