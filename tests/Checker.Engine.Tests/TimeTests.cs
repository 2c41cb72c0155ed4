using Checker.Core.Diagnostics;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>The same sentences judged at different dates, against the bundled seeds.</summary>
public class TimeTests
{
    private const string Sentences = """
        Canada has committed $1.8 billion in military assistance to Ukraine since Russia invaded.

        Foreign Affairs Minister Mélanie Joly said Canada supports long-term security agreements.

        Prime Minister Justin Trudeau visited Ukraine in June.
        """;

    private static IReadOnlyList<Diagnostic> Stale(string asOf) =>
        RuleVerifier.Check($"---\ndate: {asOf}\n---\n{Sentences}", SeedLoader.Embedded).Diagnostics.Where(d => d.Category == Category.Stale).ToList();

    [Fact]
    public void A_2023_draft_stating_2023_figures_and_titles_gets_no_stale_diagnostics() => Assert.Empty(Stale("2023-09-15"));

    [Fact]
    public void The_same_sentences_dated_2026_are_stale()
    {
        var ids = Stale("2026-01-08").Select(d => d.Id).OrderBy(x => x).ToList();
        Assert.Equal(["FC2001", "FC2002", "FC2002"], ids);
    }

    [Fact]
    public void Front_matter_as_of_wins_over_date()
    {
        var result = RuleVerifier.Check("---\ndate: 2026-01-08\nas_of: 2023-09-15\n---\nText.", SeedLoader.Embedded);
        Assert.Equal(new DateOnly(2023, 9, 15), result.AsOf);
    }

    [Fact]
    public void Relative_dates_in_sources_resolve_against_the_source_date()
    {
        var dates = SeedLoader.Embedded.Facts.Select(f => f.Claim).OfType<Checker.Core.Claims.DateClaim>().ToList();
        Assert.Contains(dates, d => d.Text == "14 years ago" && d.From.Year == 2008);
        Assert.Contains(dates, d => d.Text == "last winter" && d.From <= new DateOnly(2022, 2, 24) && d.To >= new DateOnly(2022, 2, 24));
        Assert.Contains(dates, d => d.Text.StartsWith("Monday") && d.From == new DateOnly(2025, 8, 18));
        Assert.Contains(dates, d => d.Text == "Aug. 25" && d.From == new DateOnly(2023, 8, 25));
        Assert.Contains(dates, d => d.Text == "June" && d.From == new DateOnly(2025, 6, 1));
    }
}
