using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC2003Tests
{
    [Theory]
    [InlineData("NATO first said it was interested in Ukrainian membership in [|2010|].")]
    [InlineData("Officials first met to negotiate the agreement at a meeting on [|Sept. 3, 2023|].")]
    public void Reports_a_date_the_sources_give_otherwise(string draft) => RuleVerifier.Verify("FC2003", draft, TimeFacts.Standard, "2026-01-08");

    [Theory]
    [InlineData("NATO first said it was interested in Ukrainian membership in 2008.")] // "14 years ago" in 2022
    [InlineData("Officials first met to negotiate the agreement at a meeting on Aug. 25, 2023.")]
    [InlineData("Russia launched its invasion in February 2022.")] // "last winter" in a September 2022 article
    [InlineData("In 2023, the city opened a new library.")]
    [InlineData("The report was presented in Kyiv on 13 September 2022.")] // "on Tuesday"
    public void Stays_silent_on_dates_that_agree_or_that_no_source_covers(string draft) =>
        RuleVerifier.Verify("FC2003", draft, TimeFacts.Standard, "2026-01-08");

    [Theory]
    [InlineData("Rasmussen was NATO Secretary General from [|2009 to 2015|].", "2009 to 2014")]
    [InlineData("NATO first said it was interested in Ukrainian membership in [|2010|].", "2008")]
    public void Offers_the_sources_date_in_the_drafts_shape(string draft, string fix)
    {
        var d = Assert.Single(RuleVerifier.Verify("FC2003", draft, TimeFacts.Standard, "2026-01-08"));
        Assert.Equal(fix, Assert.Single(Assert.Single(d.Fixes).Edits).NewText);
    }

    [Fact]
    public void A_year_that_dates_a_figure_is_not_an_event_date() =>
        RuleVerifier.Verify("FC2003", "In 2023, Canada's military assistance stood at $1.8 billion.", asOf: "2026-01-08");
}
