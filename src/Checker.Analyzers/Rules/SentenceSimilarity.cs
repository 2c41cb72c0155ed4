using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>
/// FC4001's test of whether two statements of one group are alike: the similarity of their own sentences' contexts,
/// <see cref="ContextSimilarity.Score(ClaimContext, ClaimContext, TermStatistics, IReadOnlySet{string}?, double)"/> with
/// the first statement's head ignored and terms under the sentence weight left out — the same number, to the bit.
/// <para>
/// A group is compared pair by pair, so what the score needs of a statement is read once, when it is first scored: its
/// terms (numbered within the group), their weights and rarities, and its norm. The second statement of a pair has its
/// weights laid out by term number, once for all the statements it meets in a row, so scoring a pair is one pass over
/// the first one's terms. The sums are taken in the order the score takes them (each context's own order), which is
/// what keeps their bits.
/// </para>
/// </summary>
internal sealed class SentenceSimilarity
{
    /// <summary>
    /// What the score reads of one statement's context, with the group's head ignored: its terms of at least the
    /// sentence weight outside the head, in the context's order — each one's number, weight, and weight times rarity.
    /// </summary>
    /// <param name="HasGroupHead">Whether the statement's own head is the group's: the score ignores the first statement's head.</param>
    private sealed record Vector(int[] Numbers, double[] Weights, double[] Weighted, double SquaredNorm, bool HasGroupHead);

    private readonly IReadOnlyList<ClaimContext> _contexts;
    private readonly TermStatistics _terms;
    private readonly IReadOnlySet<string> _head;
    private readonly Vector?[] _vectors;

    // Term numbers, and each term's rarity by number. A group's statements share most of their words: a few dozen terms.
    private readonly Dictionary<string, int> _numbers = new(64, StringComparer.Ordinal);
    private readonly List<double> _idfs = new(64);

    // The weights of statement _laidOut's terms by term number (0: not one of its terms).
    private double[] _laidOutWeights = new double[64];
    private int _laidOut = -1;

    /// <param name="contexts">The group's statements' contexts, in the group's order; their heads are as a rule all one.</param>
    public SentenceSimilarity(IReadOnlyList<ClaimContext> contexts, TermStatistics terms)
    {
        _contexts = contexts;
        _terms = terms;
        _head = contexts.Count > 0 ? contexts[0].Head : new HashSet<string>();
        _vectors = new Vector?[contexts.Count];
    }

    /// <summary>The similarity of statement <paramref name="first"/>'s context to statement <paramref name="second"/>'s.</summary>
    public double Score(int first, int second)
    {
        var (a, b) = (VectorOf(first), VectorOf(second));
        // Read with another head ignored than the one the score ignores: scored whole.
        if (!a.HasGroupHead)
            return ContextSimilarity.Score(_contexts[first], _contexts[second], _terms, _contexts[first].Head, ContextBuilder.SentenceWeight);
        LayOut(second, b);
        double dot = 0;
        for (var k = 0; k < a.Numbers.Length; k++)
        {
            var weight = _laidOutWeights[a.Numbers[k]];
            if (weight >= ContextBuilder.SentenceWeight) dot += a.Weighted[k] * weight * _idfs[a.Numbers[k]];
        }
        return a.SquaredNorm == 0 || b.SquaredNorm == 0 ? 0 : dot / Math.Sqrt(a.SquaredNorm * b.SquaredNorm);
    }

    private Vector VectorOf(int statement) => _vectors[statement] ??= Read(_contexts[statement]);

    private Vector Read(ClaimContext context)
    {
        var count = 0;
        foreach (var (term, weight) in context.Weights)
        {
            if (weight >= ContextBuilder.SentenceWeight && !_head.Contains(term)) count++;
        }
        var (numbers, weights, weighted) = (new int[count], new double[count], new double[count]);
        double squaredNorm = 0;
        var k = 0;
        foreach (var (term, weight) in context.Weights)
        {
            if (weight < ContextBuilder.SentenceWeight || _head.Contains(term)) continue;
            if (!_numbers.TryGetValue(term, out var number))
            {
                _numbers[term] = number = _numbers.Count;
                _idfs.Add(_terms.Idf(term));
            }
            var x = weight * _idfs[number];
            squaredNorm += x * x;
            (numbers[k], weights[k], weighted[k]) = (number, weight, x);
            k++;
        }
        return new Vector(numbers, weights, weighted, squaredNorm, ReferenceEquals(context.Head, _head) || context.Head.SetEquals(_head));
    }

    /// <summary>Puts <paramref name="statement"/>'s weights in <see cref="_laidOutWeights"/>, in place of the last statement's.</summary>
    private void LayOut(int statement, Vector vector)
    {
        // Statements read since the last lay-out may have numbered new terms: new slots hold no weight.
        if (_laidOutWeights.Length < _numbers.Count) Array.Resize(ref _laidOutWeights, Math.Max(_numbers.Count, 2 * _laidOutWeights.Length));
        if (statement == _laidOut) return;
        if (_laidOut >= 0)
        {
            foreach (var number in _vectors[_laidOut]!.Numbers) _laidOutWeights[number] = 0;
        }
        for (var k = 0; k < vector.Numbers.Length; k++) _laidOutWeights[vector.Numbers[k]] = vector.Weights[k];
        _laidOut = statement;
    }
}
