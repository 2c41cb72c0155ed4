using Checker.Analyzers;
using Checker.Engine.Tests.Infrastructure;

namespace Checker.Engine.Tests;

/// <summary>The catalog holds itself to account: every rule has a page, a test class, and says nothing on an empty draft.</summary>
public class CatalogTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.All.Select(r => r.Descriptor.Id));
    public static TheoryData<string> AllIds => new(RuleCatalog.Descriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(AllIds))]
    public void Every_rule_has_its_page(string id)
    {
        var page = Path.Combine(Repository.Root, "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing {page}");
        Assert.StartsWith($"# {id}", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_its_test_class(string id) =>
        Assert.NotNull(typeof(CatalogTests).Assembly.GetType($"Checker.Engine.Tests.Rules.{id}Tests"));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_is_silent_on_an_empty_draft(string id)
    {
        foreach (var draft in new[] { "", "# Title\n", "---\ndate: 2026-01-08\n---\n" })
            Assert.DoesNotContain(RuleVerifier.Check(draft).Diagnostics, d => d.Id == id);
    }

    [Fact]
    public void Ids_are_unique_and_in_their_category_range()
    {
        var descriptors = RuleCatalog.Descriptors;
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        foreach (var d in descriptors)
        {
            var expected = d.Category switch
            {
                Core.Diagnostics.Category.Refuted => d.Id.StartsWith("FC1") || d.Id.StartsWith("FC2"),
                Core.Diagnostics.Category.Stale => d.Id.StartsWith("FC2"),
                Core.Diagnostics.Category.Qualifier => d.Id.StartsWith("FC3"),
                Core.Diagnostics.Category.Internal => d.Id.StartsWith("FC4"),
                Core.Diagnostics.Category.Unsupported => d.Id.StartsWith("FC5"),
                Core.Diagnostics.Category.Consistency => d.Id.StartsWith("FC6"),
                _ => d.Id.StartsWith("FC9"),
            };
            Assert.True(expected, $"{d.Id} is out of the range for {d.Category}");
        }
    }
}
