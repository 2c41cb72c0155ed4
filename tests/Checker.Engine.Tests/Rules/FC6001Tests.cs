using Checker.Core.Diagnostics;
using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC6001Tests
{
    [Fact]
    public void Notes_a_name_spelled_two_ways()
    {
        var d = Assert.Single(RuleVerifier.Verify("FC6001", "President Zelensky spoke first. Later, [|Zelenskyy|] thanked the allies.", TimeFacts.Standard));
        Assert.Equal(Severity.Information, d.Severity);
        Assert.Single(d.Related);
    }

    [Theory]
    [InlineData("President Zelenskyy spoke first. Later, Zelenskyy thanked the allies.")]
    [InlineData("Zelensky's office said Zelensky would attend.")]
    public void Stays_silent_when_the_spelling_is_consistent(string draft) => RuleVerifier.Verify("FC6001", draft, TimeFacts.Standard);
}
