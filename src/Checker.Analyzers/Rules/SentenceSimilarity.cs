using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>
/// FC4001's test of whether two statements of one group are alike: the similarity of their own sentences' contexts,
/// <see cref="ContextSimilarity.Score(ClaimContext, ClaimContext, TermStatistics, IReadOnlySet{string}?, double)"/> with
/// the first statement's head ignored and terms under the sentence weight left out — the same number, to the bit.
/// <para>
/// A group is compared pair by pair, so what the score needs of each statement is read once: its terms (numbered within
/// the group), their weights and rarities, and its norm. The later statement of a pair has its weights laid out by
/// term number once for every earlier statement it meets, so scoring a pair is one pass over the earlier one's terms.
/// The sums are taken in the order the score takes them (each context's own order), which is what keeps their bits.
/// </para>
/// </summary>
internal sealed class SentenceSimilarity
{
    private readonly IReadOnlyList<ClaimContext> _contexts;
    private readonly TermStatistics _terms;

    /// <summary>False when the statements' heads differ: the head is what the score ignores, so each pair is scored whole.</summary>
    private readonly bool _oneHead;

    // Statement i's terms of at least the sentence weight that are not in the head, in its context's order, are
    // [_start[i], _start[i + 1]) of these: the term's number, its weight, and its weight times its rarity.
    private readonly int[] _start;
    private readonly int[] _termNumbers;
    private readonly double[] _weights;
    private readonly double[] _weighted;
    // Each term's rarity, by term number.
    private readonly List<double> _idfs = [];
    private readonly double[] _squaredNorms;

    // The weights of statement _laidOut's terms by term number (0: not one of its terms).
    private readonly double[] _laidOutWeights;
    private int _laidOut = -1;

    public SentenceSimilarity(IReadOnlyList<ClaimContext> contexts, TermStatistics terms)
    {
        _contexts = contexts;
        _terms = terms;
        _oneHead = contexts.All(c => c.Head.SetEquals(contexts[0].Head));
        _start = new int[contexts.Count + 1];
        _squaredNorms = new double[contexts.Count];
        if (!_oneHead)
        {
            (_termNumbers, _weights, _weighted, _laidOutWeights) = ([], [], [], []);
            return;
        }
        var head = contexts.Count > 0 ? contexts[0].Head : new HashSet<string>();
        // A group's statements share most of their words: a few dozen terms in all, as a rule.
        var numbers = new Dictionary<string, int>(64, StringComparer.Ordinal);
        // Room for every term of at least the sentence weight (the head's leave some unused).
        var room = 0;
        foreach (var context in contexts)
        {
            foreach (var (_, weight) in context.Weights) if (weight >= ContextBuilder.SentenceWeight) room++;
        }
        (_termNumbers, _weights, _weighted) = (new int[room], new double[room], new double[room]);
        var used = 0;
        for (var i = 0; i < contexts.Count; i++)
        {
            _start[i] = used;
            double squaredNorm = 0;
            foreach (var (term, weight) in contexts[i].Weights)
            {
                if (weight < ContextBuilder.SentenceWeight || head.Contains(term)) continue;
                if (!numbers.TryGetValue(term, out var number))
                {
                    numbers[term] = number = numbers.Count;
                    _idfs.Add(terms.Idf(term));
                }
                var x = weight * _idfs[number];
                squaredNorm += x * x;
                (_termNumbers[used], _weights[used], _weighted[used]) = (number, weight, x);
                used++;
            }
            _squaredNorms[i] = squaredNorm;
        }
        _start[contexts.Count] = used;
        _laidOutWeights = new double[numbers.Count];
    }

    /// <summary>The similarity of statement <paramref name="first"/>'s context to statement <paramref name="second"/>'s.</summary>
    public double Score(int first, int second)
    {
        if (!_oneHead)
            return ContextSimilarity.Score(_contexts[first], _contexts[second], _terms, _contexts[first].Head, ContextBuilder.SentenceWeight);
        LayOut(second);
        double dot = 0;
        for (var k = _start[first]; k < _start[first + 1]; k++)
        {
            var weight = _laidOutWeights[_termNumbers[k]];
            if (weight >= ContextBuilder.SentenceWeight) dot += _weighted[k] * weight * _idfs[_termNumbers[k]];
        }
        var (na, nb) = (_squaredNorms[first], _squaredNorms[second]);
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Puts <paramref name="statement"/>'s weights in <see cref="_laidOutWeights"/>, in place of the last statement's.</summary>
    private void LayOut(int statement)
    {
        if (statement == _laidOut) return;
        if (_laidOut >= 0)
        {
            for (var k = _start[_laidOut]; k < _start[_laidOut + 1]; k++) _laidOutWeights[_termNumbers[k]] = 0;
        }
        for (var k = _start[statement]; k < _start[statement + 1]; k++) _laidOutWeights[_termNumbers[k]] = _weights[k];
        _laidOut = statement;
    }
}
