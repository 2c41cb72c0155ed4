using Checker.Core.Diagnostics;
using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC5001Tests
{
    [Theory]
    [InlineData("Canada has [|around 2,000 troops|] deployed in Latvia.")]
    [InlineData("The city spent [|$7.5 billion|] on transit.")]
    [InlineData("Inflation reached [|3.1%|] in the quarter.")]
    public void Notes_claims_no_source_covers(string draft) => RuleVerifier.Verify("FC5001", draft);

    [Fact]
    public void Is_information_never_a_warning()
    {
        var d = Assert.Single(RuleVerifier.Verify("FC5001", "Canada has [|around 2,000 troops|] deployed in Latvia."));
        Assert.Equal(Severity.Information, d.Severity);
    }

    [Theory]
    [InlineData("Compare it with the 2022 Kyiv report.")]
    [InlineData("The plan runs over the next five years.")]
    [InlineData("Canada has committed $6.5 billion in military assistance to Ukraine since 2022.")]
    public void Says_nothing_on_dates_spans_ahead_or_supported_claims(string draft) => RuleVerifier.Verify("FC5001", draft);

    [Fact]
    public void Says_nothing_on_supported_claims() =>
        RuleVerifier.Verify("FC5001", "Canada has committed $6.5 billion in military assistance to Ukraine since 2022.");
}
