using Checker.Core.Claims;

namespace Checker.Core.Facts;

/// <summary>
/// The facts of one kind, indexed by their context terms, with each fact's idf-weighted norm worked out once. Scoring a
/// claim then touches only facts sharing a term with it (a fact sharing none scores 0 and is never a candidate), with
/// the same arithmetic, in the same order, as <c>ContextSimilarity.Score</c>, so the scores are bit-for-bit the same.
/// </summary>
public sealed class ContextIndex
{
    private readonly Dictionary<string, List<(int Fact, double Weight)>> _postings = new(StringComparer.Ordinal);
    private readonly double[] _norms;
    private readonly TermStatistics _terms;

    /// <param name="ownTerm">A term of each fact that scoring ignores (a count's noun, which a candidate always shares), or null.</param>
    internal ContextIndex(IReadOnlyList<Fact> facts, TermStatistics terms, Func<Fact, string?> ownTerm)
    {
        Facts = facts;
        _terms = terms;
        _norms = new double[facts.Count];
        for (var f = 0; f < facts.Count; f++)
        {
            var ignore = ownTerm(facts[f]);
            double norm = 0;
            foreach (var (term, weight) in facts[f].Claim.Context.Weights)
            {
                if (term == ignore) continue;
                var y = weight * terms.Idf(term);
                norm += y * y;
                if (!_postings.TryGetValue(term, out var postings)) _postings[term] = postings = [];
                postings.Add((f, weight));
            }
            _norms[f] = norm;
        }
    }

    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>
    /// The facts whose context shares a term with <paramref name="context"/> (other than <paramref name="ignore"/>), in
    /// fact-base order, with their cosine similarity to it.
    /// </summary>
    public List<(Fact Fact, double Score)> Score(ClaimContext context, string? ignore)
    {
        double claimNorm = 0;
        var dots = new Dictionary<int, double>();
        foreach (var (term, wa) in context.Weights)
        {
            if (term == ignore) continue;
            var idf = _terms.Idf(term);
            var x = wa * idf;
            claimNorm += x * x;
            if (!_postings.TryGetValue(term, out var postings)) continue;
            foreach (var (fact, wb) in postings) dots[fact] = dots.GetValueOrDefault(fact) + x * wb * idf;
        }
        var scored = new List<(Fact, double)>(dots.Count);
        foreach (var fact in dots.Keys.Order())
        {
            var norm = _norms[fact];
            scored.Add((Facts[fact], claimNorm == 0 || norm == 0 ? 0 : dots[fact] / Math.Sqrt(claimNorm * norm)));
        }
        return scored;
    }
}
