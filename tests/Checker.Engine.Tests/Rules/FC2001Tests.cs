using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC2001Tests
{
    private const string Undated = "Canada has committed [|$1.8 billion|] in military assistance to Ukraine since Russia invaded.";

    [Fact]
    public void Reports_an_undated_figure_a_newer_source_replaced()
    {
        var d = Assert.Single(RuleVerifier.Verify("FC2001", Undated, asOf: "2026-01-08"));
        Assert.Equal(2, d.Evidence.Count); // both ends of the series
        Assert.Contains(d.Fixes, f => f.Edits[0].NewText == "$6.5 billion");
        Assert.Contains(d.Fixes, f => f.Edits[0].NewText == "$1.8 billion as of August 2023");
    }

    [Fact]
    public void The_same_sentence_in_a_2023_draft_is_current() =>
        RuleVerifier.Verify("FC2001", Undated.Replace("[|", "").Replace("|]", ""), asOf: "2023-12-01");

    [Fact]
    public void A_figure_dated_to_its_time_is_not_outdated() =>
        RuleVerifier.Verify("FC2001", "In 2023, Canada's military assistance stood at $1.8 billion.", asOf: "2026-01-08");

    [Fact]
    public void Facts_newer_than_the_draft_are_not_used_against_it()
    {
        var asOf = new DateOnly(2024, 1, 1);
        var result = RuleVerifier.Check("Canada has committed $6.5 billion in military assistance to Ukraine since 2022.", asOf: "2024-01-01");
        Assert.All(result.Diagnostics.SelectMany(d => d.Evidence), e => Assert.True(e.Source.Date <= asOf));
        Assert.All(result.Judgements, j => Assert.True(j.Fact is null || j.Fact.Date <= asOf));
    }
}
