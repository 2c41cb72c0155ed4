using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Core.Matching;

/// <summary>Cosine similarity of two contexts, each term weighted by its place (head, clause, sentence) and its rarity.</summary>
public static class ContextSimilarity
{
    /// <param name="ignore">A term both sides are already known to share (a count's noun): it proves nothing more.</param>
    public static double Score(ClaimContext a, ClaimContext b, TermStatistics terms, string? ignore = null) =>
        Score(a, b, terms, ignore is null ? null : new HashSet<string> { ignore });

    /// <param name="ignore">Terms both sides are already known to share: they prove nothing more.</param>
    /// <param name="minWeight">Terms weighing less (the neighbouring sentences') are left out.</param>
    public static double Score(ClaimContext a, ClaimContext b, TermStatistics terms, IReadOnlySet<string>? ignore, double minWeight = 0)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, wa) in a.Weights)
        {
            if (ignore?.Contains(term) == true || wa < minWeight) continue;
            var idf = terms.Idf(term);
            var x = wa * idf;
            na += x * x;
            if (b.Weights.TryGetValue(term, out var wb) && wb >= minWeight) dot += x * wb * idf;
        }
        foreach (var (term, wb) in b.Weights)
        {
            if (ignore?.Contains(term) == true || wb < minWeight) continue;
            var y = wb * terms.Idf(term);
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    /// <summary>Any shared head term: enough for dates and titles, whose head is their whole clause.</summary>
    public static bool HeadsMeet(ClaimContext a, ClaimContext b) => a.Head.Overlaps(b.Head);

    /// <summary>
    /// Heads that name the same measure: one contains the other ("aid" and "aid announced"), or they share most terms.
    /// "financial assistance" and "humanitarian assistance" share a word but are different quantities.
    /// </summary>
    public static bool HeadsAgree(ClaimContext a, ClaimContext b) => HeadsAgree(a.Head, b.Head);

    /// <summary>The same test on the heads alone: it reads nothing else of the contexts.</summary>
    public static bool HeadsAgree(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = 0;
        foreach (var term in a)
            if (b.Contains(term)) shared++;
        return HeadsAgree(new HeadOverlap(shared, a.Count, b.Count));
    }

    /// <summary>The same test on how the heads overlap, which is all it reads of them.</summary>
    public static bool HeadsAgree(HeadOverlap heads)
    {
        if (heads.ClaimTerms == 0 || heads.FactTerms == 0) return false;
        // One contains the other: all of its terms are shared.
        if (heads.Shared == heads.ClaimTerms || heads.Shared == heads.FactTerms) return true;
        // Or they share at least half of the terms of their union.
        return heads.Shared * 2 >= heads.ClaimTerms + heads.FactTerms - heads.Shared;
    }
}
