using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>The bundled seeds, as the fact base reads them.</summary>
public class SeedTests
{
    private static readonly Category[] Flagging = [Category.Refuted, Category.Stale, Category.Qualifier, Category.Internal];

    public static TheoryData<string> SeedFiles => new(SeedLoader.EmbeddedSources().Select(s => s.Path));

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Each_seed_checked_as_of_its_own_date_gets_no_flag(string path)
    {
        var source = SeedLoader.EmbeddedSources().Single(s => s.Path == path);
        var result = new DraftChecker(SeedLoader.Embedded, RuleCatalog.All)
            .Check(source.Text, new CheckOptions { ForcedAsOf = source.Date, DefaultCurrency = source.DefaultCurrency });
        var flags = result.Diagnostics.Where(d => Flagging.Contains(d.Category)).ToList();
        Assert.True(flags.Count == 0, string.Join("\n", flags.Select(d => $"{d.Id} '{source.Text.Substring(d.Span.Start, d.Span.Length)}': {d.Message}")));
    }

    [Fact]
    public void Site_furniture_yields_no_facts()
    {
        var facts = SeedLoader.Embedded.Facts.Where(f => f.Source.Path.EndsWith("003_db5c0ee1a5e15f1e.txt")).ToList();
        Assert.NotEmpty(facts);
        Assert.All(facts, f => Assert.DoesNotContain("Shoes", f.Evidence[0].Text));
        Assert.DoesNotContain(SeedLoader.Embedded.Facts, f => f.Evidence.Any(e => e.Text.Contains("Leave a Reply") || e.Text.Contains("Main Menu")));
    }

    [Fact]
    public void The_same_story_twice_is_one_fact_with_two_pieces_of_evidence()
    {
        var countries = SeedLoader.Embedded.Facts.Where(f => f.Claim is QuantityClaim { Kind: ClaimKind.Count, Value: 30 }).ToList();
        var fact = Assert.Single(countries);
        Assert.Equal(2, fact.Evidence.Select(e => e.Source.Path).Distinct().Count());
    }

    [Fact]
    public void A_bare_dollar_in_a_canadian_source_is_canadian_and_us_dollars_stay_us()
    {
        var money = SeedLoader.Embedded.Facts.Select(f => f.Claim).OfType<QuantityClaim>().Where(c => c.Kind == ClaimKind.Money).ToList();
        Assert.Equal("CAD", money.Single(c => c.Value == 6.5e9).Unit);
        Assert.Equal("USD", money.Single(c => c.Value == 90e9).Unit);
    }

    [Fact]
    public void Military_assistance_over_time_is_one_series()
    {
        var series = SeedLoader.Embedded.Facts.Single(f => f.Claim is QuantityClaim { Value: 6.5e9 }).Series;
        Assert.Equal([1.8e9, 6.5e9], series.Facts.Select(f => ((QuantityClaim)f.Claim).Value));
    }
}
