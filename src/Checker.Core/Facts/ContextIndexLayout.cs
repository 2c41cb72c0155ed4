using System.Runtime.InteropServices;

namespace Checker.Core.Facts;

/// <summary>
/// What a <see cref="ContextIndex"/> is built from, as flat arrays: the facts' context terms numbered, each fact's
/// measure group and head group, and each fact's context as a run of term ids and weights. Working it out is the part
/// of a build that hashes strings; a snapshot stores it, so a load reads it in bulk instead.
/// </summary>
/// <param name="Terms">The context terms by id, numbered in order of first appearance.</param>
/// <param name="MeasureTerms">The measure terms (a count's noun) by group number, in order of first appearance.</param>
/// <param name="MeasureOf">Each fact's measure group, or -1 for a fact without a measure term.</param>
/// <param name="HeadGroupOf">
/// Each fact's head group (facts of one measure group whose heads have the same terms), numbered across the index in
/// order of first appearance.
/// </param>
/// <param name="VectorStart">Fact f's entries are [VectorStart[f], VectorStart[f + 1]); one more item than facts.</param>
/// <param name="VectorTerms">Each entry's term id (its fact's context, measure term left out, in enumeration order).</param>
/// <param name="VectorWeights">Each entry's weight (may be longer than the entries in use).</param>
internal sealed record ContextIndexLayout(string[] Terms, string[] MeasureTerms, int[] MeasureOf, int[] HeadGroupOf,
    int[] VectorStart, int[] VectorTerms, double[] VectorWeights)
{
    /// <summary>How many entries the facts' contexts have in all.</summary>
    public int Entries => VectorStart[^1];

    /// <summary>The layout of <paramref name="facts"/>' contexts, <paramref name="ownTerm"/> of each left out.</summary>
    public static ContextIndexLayout Of(IReadOnlyList<Fact> facts, Func<Fact, string?> ownTerm)
    {
        var termIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var measureIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var measureTerms = new List<string>();
        // Head groups are per measure group: the same head under two measures is two groups. Index 0: no measure.
        var headsByMeasure = new List<Dictionary<IReadOnlySet<string>, int>> { new(HeadTermsComparer.Instance) };
        var headGroups = 0;
        var measureOf = new int[facts.Count];
        var headGroupOf = new int[facts.Count];
        var vectorStart = new int[facts.Count + 1];
        // Sized once from the contexts (an upper bound: measure terms are left out): grown by doubling, these large
        // arrays would be reallocated on the large-object heap again and again, each time inviting a full collection.
        var capacity = 0;
        foreach (var fact in facts) capacity += fact.Claim.Context.Weights.Count;
        var vectorTerms = new int[capacity];
        var vectorWeights = new double[capacity];
        var entries = 0;
        for (var f = 0; f < facts.Count; f++)
        {
            var own = ownTerm(facts[f]);
            var measure = -1;
            if (own is not null)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(measureIds, own, out var known);
                if (!known)
                {
                    id = measureTerms.Count;
                    measureTerms.Add(own);
                    headsByMeasure.Add(new Dictionary<IReadOnlySet<string>, int>(HeadTermsComparer.Instance));
                }
                measure = id;
            }
            measureOf[f] = measure;

            var context = facts[f].Claim.Context;
            foreach (var (term, weight) in context.Weights)
            {
                if (term == own) continue;
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(termIds, term, out var known);
                if (!known)
                {
                    id = terms.Count;
                    terms.Add(term);
                }
                vectorTerms[entries] = id;
                vectorWeights[entries++] = weight;
            }
            vectorStart[f + 1] = entries;

            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(headsByMeasure[measure + 1], context.Head, out var headKnown);
            if (!headKnown) head = headGroups++;
            headGroupOf[f] = head;
        }
        return new ContextIndexLayout([.. terms], [.. measureTerms], measureOf, headGroupOf, vectorStart, vectorTerms, vectorWeights);
    }

    /// <summary>Head sets are equal when they hold the same terms (ordinal), whatever their order.</summary>
    private sealed class HeadTermsComparer : IEqualityComparer<IReadOnlySet<string>>
    {
        public static HeadTermsComparer Instance { get; } = new();

        public bool Equals(IReadOnlySet<string>? x, IReadOnlySet<string>? y) =>
            ReferenceEquals(x, y) || (x is not null && y is not null && x.Count == y.Count && x.All(y.Contains));

        public int GetHashCode(IReadOnlySet<string> head)
        {
            var hash = head.Count;
            foreach (var term in head) hash ^= StringComparer.Ordinal.GetHashCode(term); // order-free
            return hash;
        }
    }
}
