using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

/// <summary>Cosine similarity of two contexts, each term weighted by its place (head, clause, sentence) and its rarity.</summary>
public static class ContextSimilarity
{
    public static double Score(ClaimContext a, ClaimContext b, TermStatistics terms)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, wa) in a.Weights)
        {
            var idf = terms.Idf(term);
            var x = wa * idf;
            na += x * x;
            if (b.Weights.TryGetValue(term, out var wb)) dot += x * wb * idf;
        }
        foreach (var (term, wb) in b.Weights)
        {
            var y = wb * terms.Idf(term);
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    public static bool HeadsMeet(ClaimContext a, ClaimContext b) => a.Head.Overlaps(b.Head);
}
