using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC2004Tests
{
    [Theory]
    [InlineData("The war has now lasted [|more than five years|].")]
    [InlineData("After [|two years|] of war, the allies met in Paris.")]
    public void Reports_a_duration_that_does_not_fit_the_drafts_date(string draft) => RuleVerifier.Verify("FC2004", draft, TimeFacts.Standard, "2026-01-08");

    [Fact]
    public void Offers_what_the_sources_allow_at_the_drafts_date()
    {
        var d = Assert.Single(RuleVerifier.Verify("FC2004", "The war has now lasted [|more than five years|].", TimeFacts.Standard, "2026-01-08"));
        Assert.Equal("more than three years", Assert.Single(Assert.Single(d.Fixes).Edits).NewText);
    }

    [Theory]
    [InlineData("After almost four years of major conflict, the allies met in Paris.", "2026-01-08")]
    [InlineData("The war has lasted nearly four years.", "2026-01-08")]
    [InlineData("The plan runs over the next five years.", "2026-01-08")] // a span ahead, not one that has elapsed
    [InlineData("The war has now lasted more than five years.", "2027-09-01")] // true by then
    public void Stays_silent_when_the_duration_fits(string draft, string asOf) => RuleVerifier.Verify("FC2004", draft, TimeFacts.Standard, asOf);
}
