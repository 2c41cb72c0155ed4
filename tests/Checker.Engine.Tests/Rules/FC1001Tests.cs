using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC1001Tests
{
    [Theory]
    [InlineData("Canada has committed [|$7.5 billion|] in military assistance to Ukraine since 2022.")]
    [InlineData("Ottawa's planned defence investment of [|$91.8 billion|] is the largest in generations.")]
    [InlineData("The guarantees are backed by [|more than 50 countries|].")]
    [InlineData("Ukraine hopes to finalize a [|US$60-billion|] deal to buy American weapons.")]
    [InlineData("At the G7 summit in Alberta, the prime minister announced [|$1 billion|] in new aid.")]
    [InlineData("Canada has committed [|$7,500 million|] in military assistance to Ukraine since 2022.")]
    [InlineData("The guarantees are backed by [|two dozen nations|].")]
    public void Reports_a_figure_the_source_contradicts(string draft) => RuleVerifier.Verify("FC1001", draft);

    [Theory]
    [InlineData("Canada has committed $6.5 billion in military assistance to Ukraine since 2022.")]
    [InlineData("Canada has committed $6.5-billion in military aid to Ukraine since 2022.")]
    [InlineData("The planned defence investment of $80 billion is the largest in generations.")] // a rounded figure is not a wrong one
    [InlineData("The guarantees are backed by more than 25 countries.")] // true, if less precise
    [InlineData("The guarantees are backed by about 35 countries.")]
    [InlineData("Canada gave $1.9 billion to Ukraine's state budget.")] // another quantity, no source: silent
    [InlineData("The city spent $7.5 billion on transit.")]
    [InlineData("Nearly 40 countries attended a separate trade conference in Geneva.")]
    [InlineData("The EU has 27 member states.")] // shares only the counted noun with the guarantees' backers
    [InlineData("Canada has also provided $500 million in financial assistance.")] // another kind of assistance
    [InlineData("Ottawa announced $650 million in new military aid for Ukraine.")] // a package, not the running total
    [InlineData("Canada has pledged $500 million in military assistance this year.")]
    public void Stays_silent_on_supported_rounded_or_unrelated_figures(string draft) => RuleVerifier.Verify("FC1001", draft);

    [Fact]
    public void Offers_the_source_figure_in_the_drafts_style()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify("FC1001", "Ottawa's planned defence investment of [|$91.8 billion|] over five years."));
        var fix = Assert.Single(diagnostic.Fixes);
        Assert.Equal("$81.8 billion", Assert.Single(fix.Edits).NewText);
        Assert.True(fix.IsPreferred);
    }

    [Fact]
    public void Carries_the_source_sentence_and_its_date_as_evidence()
    {
        var diagnostic = Assert.Single(RuleVerifier.Verify("FC1001", "Canada has committed [|$7.5 billion|] in military assistance to Ukraine since 2022."));
        var evidence = Assert.Single(diagnostic.Evidence);
        Assert.Contains("$6.5 billion in military assistance", evidence.Text);
        Assert.Equal(new DateOnly(2025, 8, 19), evidence.Source.Date);
        Assert.Contains("$6.5 billion", diagnostic.Message);
    }

    [Fact]
    public void Code_and_list_numbers_are_never_claims() => RuleVerifier.Verify("FC1001", """
        1. Read the declaration.

        ```python
        aid = 7_500_000_000  # $7.5 billion in military assistance
        ```

        Inline `$7.5 billion in military assistance` is code too.
        """);
}
