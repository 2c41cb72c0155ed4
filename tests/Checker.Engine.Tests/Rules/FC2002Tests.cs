using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC2002Tests
{
    [Theory]
    [InlineData("[|Foreign Affairs Minister Mélanie Joly|] said Canada would play its part.")]
    [InlineData("[|Prime Minister Justin Trudeau|] joined the coalition meeting in Paris.")]
    [InlineData("The guarantees were welcomed by [|Foreign Minister Mélanie Joly|].")]
    [InlineData("[|NATO Secretary General Anders Fogh Rasmussen|] welcomed the plan.")]
    public void Reports_a_title_its_holder_no_longer_had_in_2026(string draft) => RuleVerifier.Verify("FC2002", draft, TimeFacts.Standard, "2026-01-08");

    [Theory]
    [InlineData("Foreign Affairs Minister Mélanie Joly said Canada would play its part.")]
    [InlineData("Prime Minister Justin Trudeau visited Ukraine in June.")]
    public void The_same_titles_in_a_2023_draft_are_current(string draft) => RuleVerifier.Verify("FC2002", draft, TimeFacts.Standard, "2023-09-01");

    [Theory]
    [InlineData("Prime Minister Mark Carney joined the coalition meeting in Paris.")]
    [InlineData("Foreign Affairs Minister Anita Anand spoke for Canada.")]
    [InlineData("Former Prime Minister Justin Trudeau was not there.")]
    [InlineData("Ukrainian President Volodymyr Zelensky thanked the allies.")] // a name variant is the same person
    public void Stays_silent_on_current_or_former_titles(string draft) => RuleVerifier.Verify("FC2002", draft, TimeFacts.Standard, "2026-01-08");

    [Theory]
    [InlineData("[|Prime Minister Justin Trudeau|] joined the meeting.", "Prime Minister Mark Carney joined the meeting.")]
    [InlineData("[|Mélanie Joly, Canada's foreign minister|], spoke.", "Anita Anand, Canada's foreign minister, spoke.")]
    public void Offers_the_holder_at_the_drafts_date_in_the_drafts_phrasing(string draft, string fixedDraft)
    {
        var d = Assert.Single(RuleVerifier.Verify("FC2002", draft, TimeFacts.Standard, "2026-01-08"));
        Assert.Equal(fixedDraft, RuleVerifier.Apply(draft, d.Fixes[0]));
        Assert.Equal(2, d.Evidence.Count);
    }
}
