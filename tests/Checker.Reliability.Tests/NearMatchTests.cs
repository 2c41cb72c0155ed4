using System.Text;
using Checker.Reliability.Tests.Infrastructure;

namespace Checker.Reliability.Tests;

/// <summary>
/// Pathological near-matches for every part of the figure recognizer (a hand-written token scanner, no regexes): each
/// pattern almost starts a figure at every token and repeats for 100 KB in one paragraph and as one unbroken line.
/// A scanner that re-reads to the end from every start would be quadratic here and hang; each must finish and report.
/// </summary>
public class NearMatchTests
{
    public static TheoryData<string, string> Patterns => new()
    {
        { "currency-prefix", "US$ C$ CA$ " },               // currency with no number
        { "dollar-run", "$ $$ $-$ " },
        { "money", "$1 billion " },                         // a claim at every few tokens
        { "scale-no-unit", "5 million 6 billion " },
        { "hyphen-scale", "$90- billion $90-bn- " },
        { "currency-suffix", "5 Canadian U.S. dollars ( U . S " },
        { "paren-suffix", "$5 ( U.S $5 (US $5 (CAD " },
        { "percent", "5 per per cent % pct " },
        { "number-words", "twenty-five one hundred and " },
        { "dozen", "a dozen two dozen dozen " },
        { "qualifiers", "more than at least no fewer than in excess of " },
        { "qualifier-then-figure", "more than 30 countries " },
        { "grouped-digits", "1,2,3,4,567,890,1,000 " },
        { "decimals", "1.2.3.4.5 6.5. " },
        { "references", "section 5 page 6 no. 7 fig. 8 " },
        { "phone", "(613) 555-0100 +1 " },
        { "ordinals-times", "1st 2nd 10:30 5pm " },
        { "anchors", "since since in in 2022 as of by mid- " },
        { "months", "since August 2022 in Sept. 2023 " },
        { "duration", "four years five-year decades " },
        { "count-nouns", "30 countries 2,000 Canadian troops " },
        { "abbreviations", "U.S. Mr. Dr. e.g. A.B.C. " },
        { "quotes", "\u201C$5 billion,\u201D \u2019s " },
        { "surrogates", "\U0001F4B0$5\U0001F4B0 billion\U0001F600 " },
        { "table-cells", "| $5 billion | 30 countries |\n" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Finishes_on_a_page_of_near_matches(string name, string pattern)
    {
        using var dir = new TempDir();
        var sb = new StringBuilder("Canada has committed $7.5 billion in military assistance to Ukraine since 2022.\n\n");
        while (sb.Length < 100_000) sb.Append(pattern);
        sb.Append("\n\nCanada has committed $7.5 billion in military assistance to Ukraine since 2022.\n");
        var file = dir.File(name + ".md", sb.ToString());
        var run = CheckerProcess.Run("verify", file, "--format", "json", "--as-of", "2025-09-01").AssertChecked();
        Assert.Contains("\"FC1001\"", run.Stdout); // the real claims around the noise are still judged
    }
}
