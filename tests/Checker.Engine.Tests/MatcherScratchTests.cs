using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.Core.Prose;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>
/// Judging reuses working arrays and lists per thread (the context index's and the matcher's scratch), grown by one
/// claim and reused by the next. A judgement must not depend on what was judged before it on the thread, nor on other
/// threads judging with the same matcher at the same time.
/// </summary>
public class MatcherScratchTests
{
    private static readonly FactBase Base = SeedLoader.Build(ContextIndexTests.MixedSources(80));
    private static readonly FactBase Small = SeedLoader.Embedded;

    [Fact]
    public void A_judgement_is_the_same_whatever_was_judged_before_it()
    {
        var claims = Claims(Base);
        var matcher = new FactMatcher(Base);
        var forward = claims.Select(c => Describe(matcher.Judge(c, AsOf))).ToList();
        var backward = Enumerable.Reverse(claims).Select(c => Describe(matcher.Judge(c, AsOf))).Reverse().ToList();
        // A small fact base between them: the scratch then holds arrays longer than the next index needs.
        var small = new FactMatcher(Small);
        var interleaved = claims.Select(c =>
        {
            small.Judge(c, AsOf);
            return Describe(matcher.Judge(c, AsOf));
        }).ToList();
        Assert.Equal(forward, backward);
        Assert.Equal(forward, interleaved);
        Assert.Contains(forward, d => d.Contains(" | ")); // some claims have candidates
    }

    [Fact]
    public void Threads_judging_at_once_with_one_matcher_get_the_judgements_of_one_thread()
    {
        var claims = Claims(Base);
        var matcher = new FactMatcher(Base);
        var expected = claims.Select(c => Describe(matcher.Judge(c, AsOf))).ToList();
        var results = new List<string>[4];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length }, t =>
        {
            // Each thread starts at another claim, so they judge different claims at the same moment.
            var mine = new string[claims.Count];
            for (var k = 0; k < claims.Count * 3; k++)
            {
                var i = (k + t * claims.Count / results.Length) % claims.Count;
                mine[i] = Describe(matcher.Judge(claims[i], AsOf));
            }
            results[t] = [.. mine];
        });
        foreach (var result in results) Assert.Equal(expected, result);
    }

    private static readonly DateOnly AsOf = new(2025, 9, 1);

    /// <summary>The example draft's claims and every fact's own claim: all kinds, with and without candidates.</summary>
    private static List<Claim> Claims(FactBase facts)
    {
        var draft = File.ReadAllText(Path.Combine(Repository.Root, "examples", "draft.md"));
        var fromDraft = new ClaimExtractor(facts.Lexicon).Extract(MarkdownProse.Parse(draft), new RecognizerOptions("CAD", AsOf, "Canada"));
        return [.. fromDraft, .. facts.Facts.Take(400).Select(f => f.Claim)];
    }

    private static string Describe(Judgement j) =>
        $"{j.Verdict} {j.Finding} {j.Fact?.Id} {j.Current?.Id} {j.Reason}"
        + string.Concat(j.Candidates.Select(c => $" | {c.Fact.Id} {BitConverter.DoubleToInt64Bits(c.Score):X} {c.HeadsMeet} {c.Verdict} {c.Finding}"));
}
