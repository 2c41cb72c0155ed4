using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC2005Tests
{
    [Theory]
    [InlineData("[|Defence Minister Anita Anand|] announced the deployment.")]
    [InlineData("[|Foreign Affairs Minister David McGuinty|] met his Nordic counterparts.")]
    public void Reports_a_title_the_sources_give_to_someone_else(string draft) => RuleVerifier.Verify("FC2005", draft, TimeFacts.Standard, "2026-01-08");

    [Theory]
    [InlineData("Defence Minister David McGuinty announced the deployment.")]
    [InlineData("Defence Minister Bill Blair announced the deployment.")] // a person the sources do not know: no claim either way
    [InlineData("Finance Minister Anita Anand tabled the budget.")] // nobody holds that office in the sources
    public void Stays_silent_when_the_title_fits_or_nothing_is_known(string draft) => RuleVerifier.Verify("FC2005", draft, TimeFacts.Standard, "2026-01-08");

    [Fact]
    public void Offers_both_readings_as_fixes()
    {
        const string draft = "[|Defence Minister Anita Anand|] spoke.";
        var d = Assert.Single(RuleVerifier.Verify("FC2005", draft, TimeFacts.Standard, "2026-01-08"));
        var results = d.Fixes.Select(f => RuleVerifier.Apply(draft, f)).ToList();
        Assert.Contains("Defence Minister David McGuinty spoke.", results);
        Assert.Contains("Foreign Affairs Minister Anita Anand spoke.", results);
    }
}
