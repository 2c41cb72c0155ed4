using Checker.Core.Facts;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>
/// The matcher reads a series at a date by binary search of its dates (<see cref="FactSeries.CountPublishedBy"/>,
/// <see cref="FactSeries.CountPublishedBefore"/>). These tests hold that the counts are what a linear reading of the
/// facts gives, for every series of the bundled seeds and of a base of many dated copies, at every date that matters.
/// </summary>
public class FactSeriesDatesTests
{
    public static TheoryData<string> Bases => new() { "embedded", "mixed" };

    [Theory]
    [MemberData(nameof(Bases))]
    public void Counts_are_the_facts_published_by_and_before_a_date(string which)
    {
        var facts = which == "embedded" ? SeedLoader.Build(SeedLoader.EmbeddedSources()) : SeedLoader.Build(ContextIndexTests.MixedSources(60));
        var checkedSeries = 0;
        foreach (var series in facts.Series)
        {
            Assert.True(series.IsOldestFirst, $"{series.Id}: the builder links series oldest first");
            // Every member's date, the day before and after each, and dates before and after them all.
            var dates = series.Facts.SelectMany(f => new[] { f.Date.AddDays(-1), f.Date, f.Date.AddDays(1) })
                .Append(DateOnly.MinValue).Append(DateOnly.MaxValue);
            foreach (var date in dates)
            {
                Assert.Equal(series.Facts.Count(f => f.Date <= date), series.CountPublishedBy(date));
                Assert.Equal(series.Facts.Count(f => f.Date < date), series.CountPublishedBefore(date));
                // The counted facts are the first ones: all facts after them are newer.
                Assert.All(series.Facts.Skip(series.CountPublishedBy(date)), f => Assert.True(f.Date > date));
            }
            checkedSeries++;
        }
        Assert.True(facts.Series.Any(s => s.Facts.Count > 1), "some series should have a history to search");
        Assert.True(checkedSeries > 0);
    }
}
