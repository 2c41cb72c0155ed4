using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC3001Tests
{
    [Theory]
    [InlineData("[|Exactly 30 countries|] backed the Paris guarantees.")]
    [InlineData("The guarantees are backed by [|fewer than 30 countries|].")]
    [InlineData("The guarantees are backed by [|thirty nations|].")]
    [InlineData("Canada has committed [|more than $6.5 billion|] in military assistance to Ukraine since 2022.")]
    [InlineData("Canada has committed [|nearly $6.5 billion|] in military assistance to Ukraine since 2022.")]
    public void Reports_a_qualifier_that_changes_the_sources_meaning(string draft) => RuleVerifier.Verify("FC3001", draft);

    [Theory]
    [InlineData("The guarantees are backed by more than 30 countries.")]
    [InlineData("The guarantees are backed by over 30 nations.")]
    [InlineData("The guarantees are backed by at least 30 countries.")]
    [InlineData("Canada has committed about $6.5 billion in military assistance to Ukraine since 2022.")]
    [InlineData("Canada has committed some $6.5 billion in military aid since 2022.")]
    public void Stays_silent_when_the_qualifier_agrees_or_is_weaker(string draft) => RuleVerifier.Verify("FC3001", draft);
}
