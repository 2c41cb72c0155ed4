using Checker.Core.Suppressions;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>Inputs the fuzzer found that once threw; each must now give a result.</summary>
public class RegressionTests
{
    [Fact]
    public void Directives_in_a_draft_nested_past_markdigs_limit_are_read_without_throwing()
    {
        var draft = new string('>', 5000) + " <!-- checker-disable-file -->\n" + string.Concat(Enumerable.Repeat("[a](", 3000)) + "\n";
        var (directives, _) = DirectiveParser.Parse(draft);
        Assert.Single(directives);
        Assert.NotNull(RuleVerifier.Check(draft));
    }

    [Fact]
    public void A_lone_surrogate_in_a_name_or_nationality_does_not_throw()
    {
        var lexicon = SeedLoader.DefaultLexicon;
        Assert.Null(lexicon.Country("Brit\uD800ish"));
        Assert.Equal("jol\uD800y", lexicon.NameKey("Jol\uD800y"));
        var result = RuleVerifier.Check("Foreign Affairs Minister M\uD800lanie Joly said Canada committed $7.5 billion.");
        Assert.NotEmpty(result.Judgements);
    }

    [Theory]
    [InlineData("2026-01-08", "After almost 99999999999999999999 years of major conflict, Ukraine holds the line.")]
    [InlineData("0101-01-08", "After almost four hundred years of major conflict, Ukraine holds the line.")]
    public void A_duration_reaching_back_past_the_first_date_there_is_is_judged_without_throwing(string written, string sentence)
    {
        var result = RuleVerifier.Check($"{sentence}\n", asOf: written);
        Assert.Contains(result.Judgements, j => j.Claim.Kind == Checker.Core.Claims.ClaimKind.Duration);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("FC900", StringComparison.Ordinal));
    }
}
