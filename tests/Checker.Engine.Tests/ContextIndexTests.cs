using System.Text.RegularExpressions;
using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.Core.Prose;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>
/// The context index leaves facts out before scoring them; these tests hold that it leaves out only facts that could
/// not reach their bar. For every claim of the example draft and of a fact base made of many mixed copies of the seeds
/// (so that many facts share common terms, as at scale), and for each bar the matcher uses, the index must return
/// exactly the facts a brute-force pass over every fact of the kind finds, in the same order, with bit-identical scores.
/// </summary>
public class ContextIndexTests
{
    private static readonly FactBase Base = SeedLoader.Build(MixedSources(80));

    /// <summary>
    /// The bars the matcher asks for: quantities with a head, without one, counts; dates and durations, whose heads need
    /// only meet (share a term), with no bar low enough for any other fact. And a low pair, which prunes little.
    /// </summary>
    public static TheoryData<double, double, bool> Bars => new()
    {
        { FactMatcher.MinScore, FactMatcher.StrongScore, false },
        { FactMatcher.HeadlessScore, FactMatcher.HeadlessScore, false },
        { FactMatcher.MinScore, FactMatcher.MinScore, false },
        { FactMatcher.DateMinScore, 2, true }, // durations ask for MinScore, the same value
        { 0.05, 0.1, false },
    };

    [Theory]
    [MemberData(nameof(Bars))]
    public void Returns_exactly_the_facts_that_reach_their_bar(double agreeingBar, double otherBar, bool headsNeedOnlyMeet)
    {
        var claims = Base.Facts.Select(f => f.Claim).Concat(DraftClaims()).ToList();
        var pruned = 0;
        foreach (var claim in claims)
        {
            var index = Base.ContextIndexOf(claim.Kind);
            var measure = MeasureTerm(claim);
            Func<HeadOverlap, bool> agrees = headsNeedOnlyMeet ? _ => true : ContextSimilarity.HeadsAgree;
            var actual = index.Candidates(claim.Context, measure, agrees, agreeingBar, otherBar);
            var expected = BruteForce(index.Facts, claim, measure, agreeingBar, otherBar, headsNeedOnlyMeet);
            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            pruned += index.Facts.Count(f => MeasureTerm(f.Claim) == measure && ContextSimilarity.Score(claim.Context, f.Claim.Context, Base.Terms, measure) > 0) - actual.Count;
        }
        Assert.True(pruned > 0, "the fact base should hold facts the bars leave out");
    }

    [Fact]
    public void A_count_is_scored_only_against_counts_of_its_noun()
    {
        var count = Base.Facts.Select(f => f.Claim).OfType<QuantityClaim>().First(c => c.Kind == ClaimKind.Count);
        var noun = MeasureTerm(count);
        var found = Base.ContextIndexOf(ClaimKind.Count).Candidates(count.Context, noun, _ => true, 0.01, 0.01);
        Assert.NotEmpty(found);
        Assert.All(found, m => Assert.Equal(noun, MeasureTerm(m.Fact.Claim)));
    }

    private static List<IndexedMatch> BruteForce(IReadOnlyList<Fact> facts, Claim claim, string? measure, double agreeingBar, double otherBar, bool headsNeedOnlyMeet)
    {
        var found = new List<IndexedMatch>();
        foreach (var fact in facts)
        {
            if (MeasureTerm(fact.Claim) != measure) continue;
            var score = ContextSimilarity.Score(claim.Context, fact.Claim.Context, Base.Terms, measure);
            var agrees = headsNeedOnlyMeet ? ContextSimilarity.HeadsMeet(claim.Context, fact.Claim.Context) : ContextSimilarity.HeadsAgree(claim.Context, fact.Claim.Context);
            if (score >= (agrees ? agreeingBar : otherBar)) found.Add(new IndexedMatch(fact, score, agrees));
        }
        return found;
    }

    private static string Describe(IndexedMatch m) => $"{m.Fact.Id} {BitConverter.DoubleToInt64Bits(m.Score):X} {m.HeadsAgree}";

    /// <summary>What the fact base groups a claim's facts by: a count's noun, folded as the lexicon folds it.</summary>
    private static string? MeasureTerm(Claim claim) =>
        claim is QuantityClaim { Kind: ClaimKind.Count } count ? Base.Lexicon.Term(count.Noun) : null;

    private static IEnumerable<Claim> DraftClaims()
    {
        var draft = File.ReadAllText(Path.Combine(Repository.Root, "examples", "draft.md"));
        return new ClaimExtractor(Base.Lexicon).Extract(MarkdownProse.Parse(draft), new RecognizerOptions("CAD", new DateOnly(2025, 9, 1), "Canada"));
    }

    /// <summary>
    /// Sources made of six paragraphs of the bundled seeds each, one figure in three nudged, dated 2022–2025
    /// (deterministic): many near-copies, as in scripts/perf/make-docs.py's generated sources.
    /// </summary>
    internal static List<SourceDocument> MixedSources(int count)
    {
        var paragraphs = SeedLoader.EmbeddedSources()
            .SelectMany(s => s.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(p => p.Length > 40).ToList();
        var random = new Random(7);
        var sources = new List<SourceDocument>();
        for (var i = 0; i < count; i++)
        {
            var picked = Enumerable.Range(0, 6).Select(_ => paragraphs[random.Next(paragraphs.Count)])
                .Select(p => random.Next(3) == 0 ? Regex.Replace(p, @"\d", d => ((d.Value[0] - '0' + 1) % 10).ToString(), RegexOptions.None, TimeSpan.FromSeconds(1)) : p);
            var date = new DateOnly(2022, 1, 1).AddDays(random.Next(4 * 365));
            sources.Add(new SourceDocument($"mixed/src_{i:D3}.txt", string.Join("\n\n", picked), date, $"Outlet {i}", $"Mixed source {i}"));
        }
        return sources;
    }
}
