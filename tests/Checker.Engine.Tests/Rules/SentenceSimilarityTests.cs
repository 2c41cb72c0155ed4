using Checker.Analyzers.Rules;
using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Matching;

namespace Checker.Engine.Tests.Rules;

/// <summary>
/// FC4001 scores its pairs through <see cref="SentenceSimilarity"/>, which reads each context once; these tests hold
/// that every score is the one <see cref="ContextSimilarity.Score(ClaimContext, ClaimContext, TermStatistics, IReadOnlySet{string}?, double)"/>
/// gives (first statement's head ignored, terms under the sentence weight left out), to the bit, whatever order the
/// pairs are asked in.
/// </summary>
public class SentenceSimilarityTests
{
    private static readonly string[] Vocabulary =
        ["aid", "military", "ukrain", "canada", "billion", "security", "guarante", "war", "year", "four", "countr", "peac", "talk", "russia", "unseen"];

    private static readonly TermStatistics Terms = new(
    [
        ["aid", "military", "ukrain"], ["canada", "aid"], ["security", "guarante", "ukrain"], ["war", "year", "four"],
        ["countr", "peac", "talk"], ["russia", "war"], ["aid"], ["military", "canada", "billion"],
    ]);

    /// <summary>Contexts like a long draft's: the same few terms in shuffled orders, at the weights the extractor gives, some repeated whole.</summary>
    private static List<ClaimContext> Contexts(int seed, int count, Func<int, IReadOnlySet<string>> head)
    {
        var random = new Random(seed);
        double[] weights = [3, 1, 0.5, 0.2, 0.75, 0.49999, 2.5];
        var contexts = new List<ClaimContext>();
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(4) == 0)
            {
                contexts.Add(contexts[random.Next(contexts.Count)]);
                continue;
            }
            var map = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var term in Vocabulary.OrderBy(_ => random.Next()).Take(random.Next(0, Vocabulary.Length)))
                map[term] = weights[random.Next(weights.Length)];
            var h = head(i);
            foreach (var term in h) map[term] = 3;
            contexts.Add(new ClaimContext(map, h));
        }
        return contexts;
    }

    private static void AssertSameScores(List<ClaimContext> contexts, int seed)
    {
        var similarity = new SentenceSimilarity(contexts, Terms);
        var random = new Random(seed);
        var pairs = (from a in Enumerable.Range(0, contexts.Count) from b in Enumerable.Range(0, contexts.Count) select (a, b))
            .OrderBy(_ => random.Next()).ToList();
        // Asked in the rule's order (every earlier statement for one later one) and in a shuffled order.
        pairs.InsertRange(0, from b in Enumerable.Range(0, contexts.Count) from a in Enumerable.Range(0, b) select (a, b));
        foreach (var (a, b) in pairs)
        {
            var expected = ContextSimilarity.Score(contexts[a], contexts[b], Terms, contexts[a].Head, ContextBuilder.SentenceWeight);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(similarity.Score(a, b)));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Scores_are_the_context_similarity_to_the_bit(int seed)
    {
        IReadOnlySet<string> head = new HashSet<string> { "aid" };
        AssertSameScores(Contexts(seed, 40, _ => head), seed);
    }

    [Fact]
    public void Contexts_with_nothing_of_sentence_weight_score_zero()
    {
        IReadOnlySet<string> head = new HashSet<string> { "aid" };
        var contexts = new List<ClaimContext>
        {
            new(new Dictionary<string, double> { ["aid"] = 3, ["war"] = 0.2 }, head),
            new(new Dictionary<string, double> { ["aid"] = 3, ["war"] = 1 }, head),
        };
        AssertSameScores(contexts, 0);
        Assert.Equal(0, new SentenceSimilarity(contexts, Terms).Score(0, 1));
    }

    [Fact]
    public void Statements_with_different_heads_are_scored_whole()
    {
        IReadOnlySet<string>[] heads = [new HashSet<string> { "aid" }, new HashSet<string> { "aid", "military" }, new HashSet<string> { "war" }];
        AssertSameScores(Contexts(7, 30, i => heads[i % heads.Length]), 7);
    }
}
