using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC1002Tests
{
    [Theory]
    [InlineData("Ukraine is seeking a [|C$90-billion|] arms deal with the United States.")]
    [InlineData("Ukraine is seeking a [|€90-billion|] arms deal to buy American weapons.")]
    [InlineData("Ukraine is seeking an arms deal worth [|90 billion Canadian dollars|] to buy American weapons.")]
    public void Reports_the_sources_figure_in_another_currency(string draft) => RuleVerifier.Verify("FC1002", draft);

    [Theory]
    [InlineData("Ukraine is seeking a US$90-billion arms deal.")]
    [InlineData("Ukraine is seeking a $90-billion arms deal.")] // a bare dollar sign agrees with any dollar
    [InlineData("Ukraine is seeking a $90-billion (U.S.) arms deal.")]
    [InlineData("Canada has committed C$6.5 billion in military assistance since the beginning of 2022.")]
    public void Stays_silent_when_the_currency_agrees_or_is_unspecified(string draft) => RuleVerifier.Verify("FC1002", draft);

    [Fact]
    public void Fix_uses_the_sources_currency()
    {
        var d = Assert.Single(RuleVerifier.Verify("FC1002", "Ukraine is seeking a [|C$90-billion|] arms deal with the United States."));
        Assert.Equal("US$90-billion", Assert.Single(Assert.Single(d.Fixes).Edits).NewText);
    }
}
