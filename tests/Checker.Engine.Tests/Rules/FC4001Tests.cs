using Checker.Core.Facts;
using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests.Rules;

public class FC4001Tests
{
    private static readonly FactBase NoFacts = Facts.From(("2025-01-01", "Nothing here is a figure."));

    [Fact]
    public void Reports_the_later_statement_that_contradicts_an_earlier_one()
    {
        var d = Assert.Single(RuleVerifier.Verify("FC4001", """
            The new transit line will cost $3.2 billion to build, the city says.

            Critics note that the transit line will cost [|$4.1 billion|] to build.
            """, NoFacts));
        Assert.Single(d.Related);
    }

    [Theory]
    [InlineData("The transit line will cost $3.2 billion to build. The bridge will cost $4.1 billion to build.")]
    [InlineData("The transit line will cost $3.2 billion to build. The transit line will cost about $3.2 billion to build.")]
    [InlineData("In 2023, the transit line cost $3.2 billion. In 2025, the transit line cost $4.1 billion.")]
    [InlineData("NATO has 32 member countries.\n\nMore than 40 countries signed a separate declaration on drones.")]
    [InlineData("Canada has pledged $500 million in military assistance this year.\n\nOttawa announced $650 million in new military aid.")]
    public void Stays_silent_on_different_quantities_agreeing_figures_or_different_dates(string draft) =>
        RuleVerifier.Verify("FC4001", draft, NoFacts);

    [Fact]
    public void A_restated_sourced_figure_with_a_different_value_is_reported() => RuleVerifier.Verify("FC4001", """
        The coalition's guarantees are backed by more than 30 countries.

        Of the [|30 countries|] in the coalition, 12 are expected to contribute troops.
        """);

    [Fact]
    public void Two_figures_the_sources_both_support_are_not_a_contradiction() =>
        RuleVerifier.Verify("FC4001", "In 2023, Canada's military assistance stood at $1.8 billion, alongside $352.5 million in humanitarian assistance.", asOf: "2026-01-08");
}
