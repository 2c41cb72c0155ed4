using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>
/// Whether two heads agree is decided from how they overlap (<see cref="HeadOverlap"/>: shared terms and each one's
/// count), which a context index counts for all heads at once. It must answer as the rule on the sets does: one head
/// contains the other, or they share at least half of the terms of their union.
/// </summary>
public class HeadAgreementTests
{
    [Theory]
    [InlineData(new string[0], new[] { "aid" }, false)]
    [InlineData(new[] { "aid" }, new[] { "aid", "announced" }, true)] // one contains the other
    [InlineData(new[] { "financial", "assistance" }, new[] { "humanitarian", "assistance" }, false)] // 1 shared of 3
    [InlineData(new[] { "military", "aid", "package" }, new[] { "military", "aid", "total" }, true)] // 2 shared of 4
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "d", "e" }, false)]
    public void Heads_agree_when_one_contains_the_other_or_they_share_half_their_terms(string[] a, string[] b, bool agree)
    {
        Assert.Equal(agree, ContextSimilarity.HeadsAgree(Set(a), Set(b)));
        Assert.Equal(agree, ContextSimilarity.HeadsAgree(Set(b), Set(a)));
    }

    [Fact]
    public void The_overlap_rule_answers_as_the_rule_on_the_sets_for_every_pair_of_seed_heads()
    {
        var heads = SeedLoader.Build(ContextIndexTests.MixedSources(20)).Facts.Select(f => f.Claim.Context.Head)
            .DistinctBy(h => string.Join(" ", h.Order(StringComparer.Ordinal))).ToList();
        var agreeing = 0;
        foreach (var a in heads)
            foreach (var b in heads)
            {
                var expected = SetRule(a, b);
                Assert.Equal(expected, ContextSimilarity.HeadsAgree(a, b));
                Assert.Equal(expected, ContextSimilarity.HeadsAgree(new HeadOverlap(a.Count(b.Contains), a.Count, b.Count)));
                if (expected && !a.SetEquals(b)) agreeing++;
            }
        Assert.True(agreeing > 0, "some different heads should agree");
    }

    /// <summary>The rule as it was written on the sets, before heads were compared by their overlap.</summary>
    private static bool SetRule(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (a.IsSubsetOf(b) || b.IsSubsetOf(a)) return true;
        return a.Count(b.Contains) * 2 >= a.Union(b).Count();
    }

    private static HashSet<string> Set(string[] terms) => new(terms, StringComparer.Ordinal);
}
