using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Checker.Core.Claims;

namespace Checker.Core.Facts;

/// <summary>
/// The facts of one kind, indexed so that a claim is scored only against the facts that could pass the bar it sets.
/// Facts are grouped by their measure term (a count's noun: a count is matched only against counts of its noun), and
/// within a group found by context term and by head term. Each fact's idf-weighted norm is worked out once. Scores
/// use the same arithmetic, in the same order, as <c>ContextSimilarity.Score</c>, so they are bit-for-bit the same,
/// and facts are returned in fact-base order.
/// </summary>
public sealed class ContextIndex
{
    /// <summary>
    /// Slack on the pruning bound, far above floating-point error (~1e-15): a fact is left out only when its cosine is
    /// provably below the bar with room to spare, never because of rounding.
    /// </summary>
    private const double BoundSlack = 1e-9;

    private readonly double[] _norms;
    // Each fact's series as a number (series numbered in order of first appearance), so a matcher can tell facts of
    // one series apart without reading each fact object: at scale those reads are cache misses, one per fact. Worked
    // out on first use, when the facts are surely linked into their series.
    private int[]? _seriesKey;
    private readonly HeadGroup[] _headOf;
    private readonly Dictionary<string, int> _termIds;
    // Each fact's context (its measure term left out) as term ids and their weights, in one flat array, so scoring
    // reads a fact from consecutive memory, not a dictionary: fact f's entries are [_vectorStart[f], _vectorStart[f + 1]).
    private readonly int[] _vectorStart;
    private readonly int[] _vectorTerms;
    private readonly double[] _vectorWeights;
    // Every measure group's postings in two flat arrays, term by term (a Postings is a range of them), so they are
    // built by two counting sorts instead of a list per term, and read as spans.
    private readonly int[] _postingFacts;
    private readonly double[] _postingWeights;
    private readonly TermStatistics _terms;
    private readonly Dictionary<string, MeasureGroup> _groups = new(StringComparer.Ordinal);
    private readonly MeasureGroup _noMeasure = new();
    private readonly int _headGroupCount; // head groups are numbered 0.. across all measure groups

    /// <param name="ownTerm">A term of each fact that scoring ignores (a count's noun, which a candidate always shares), or null.</param>
    internal ContextIndex(IReadOnlyList<Fact> facts, TermStatistics terms, Func<Fact, string?> ownTerm)
        : this(facts, terms, ContextIndexLayout.Of(facts, ownTerm))
    {
    }

    /// <summary>
    /// The one way an index is built: from its <paramref name="layout"/>, worked out from the facts' contexts
    /// (<see cref="ContextIndexLayout.Of"/>) or read back from a snapshot. Everything else (norms, postings, groups)
    /// follows from the layout with array passes only, no string hashing but one per distinct term.
    /// </summary>
    /// <param name="layout">Trusted to be consistent with <paramref name="facts"/> (a snapshot reader checks it first).</param>
    internal ContextIndex(IReadOnlyList<Fact> facts, TermStatistics terms, ContextIndexLayout layout)
    {
        Facts = facts;
        Layout = layout;
        _terms = terms;
        _vectorStart = layout.VectorStart;
        _vectorTerms = layout.VectorTerms;
        _vectorWeights = layout.VectorWeights;

        _termIds = new Dictionary<string, int>(layout.Terms.Length, StringComparer.Ordinal);
        var idfOf = new double[layout.Terms.Length]; // by term id: each term's idf is looked up once, not once per fact
        for (var id = 0; id < layout.Terms.Length; id++)
        {
            _termIds.Add(layout.Terms[id], id);
            idfOf[id] = terms.Idf(layout.Terms[id]);
        }

        // Norms summed over each fact's entries in their order, as ContextSimilarity.Score sums them.
        _norms = new double[facts.Count];
        for (var f = 0; f < facts.Count; f++)
        {
            double norm = 0;
            for (int e = _vectorStart[f], end = _vectorStart[f + 1]; e < end; e++)
            {
                var y = _vectorWeights[e] * idfOf[_vectorTerms[e]];
                norm += y * y;
            }
            _norms[f] = norm;
        }

        var measureGroups = new MeasureGroup[layout.MeasureTerms.Length];
        for (var m = 0; m < measureGroups.Length; m++) _groups.Add(layout.MeasureTerms[m], measureGroups[m] = new MeasureGroup());
        MeasureGroup GroupOf(int f) => layout.MeasureOf[f] < 0 ? _noMeasure : measureGroups[layout.MeasureOf[f]];

        // Head groups are numbered in order of first appearance; each keeps its first fact's head, as a build from text did.
        _headOf = new HeadGroup[facts.Count];
        var headGroups = new List<HeadGroup>();
        for (var f = 0; f < facts.Count; f++)
        {
            var number = layout.HeadGroupOf[f];
            if (number == headGroups.Count) headGroups.Add(GroupOf(f).AddHeadGroup(facts[f].Claim.Context.Head, number));
            var head = headGroups[number];
            head.Facts.Add(f);
            _headOf[f] = head;
        }
        _headGroupCount = headGroups.Count;

        (_postingFacts, _postingWeights) = BuildPostings(facts.Count, layout, measureGroups);
    }

    /// <summary>What the index is built from (for snapshots).</summary>
    internal ContextIndexLayout Layout { get; }

    /// <summary>
    /// Every entry sorted by (term, measure group, fact) with two stable counting sorts, then each run of one term in
    /// one group filed as that group's postings for the term: facts in fact-base order, as appending them one by one did.
    /// </summary>
    private (int[] Facts, double[] Weights) BuildPostings(int factCount, ContextIndexLayout layout, MeasureGroup[] measureGroups)
    {
        var entries = _vectorStart[factCount];
        var groupCount = measureGroups.Length + 1; // group 0: no measure; group m + 1: measure m
        var entryFact = ArrayPool<int>.Shared.Rent(entries);
        var byGroup = ArrayPool<int>.Shared.Rent(entries);
        try
        {
            var next = new int[groupCount + 1];
            for (var f = 0; f < factCount; f++) next[layout.MeasureOf[f] + 2] += _vectorStart[f + 1] - _vectorStart[f];
            for (var g = 1; g <= groupCount; g++) next[g] += next[g - 1];
            for (var f = 0; f < factCount; f++)
                for (int e = _vectorStart[f], end = _vectorStart[f + 1]; e < end; e++)
                {
                    entryFact[e] = f;
                    byGroup[next[layout.MeasureOf[f] + 1]++] = e;
                }

            var termStart = new int[layout.Terms.Length + 1];
            for (var e = 0; e < entries; e++) termStart[_vectorTerms[e] + 1]++;
            for (var t = 1; t < termStart.Length; t++) termStart[t] += termStart[t - 1];
            var position = (int[])termStart.Clone();
            var facts = new int[entries];
            var weights = new double[entries];
            for (var k = 0; k < entries; k++)
            {
                var e = byGroup[k];
                var at = position[_vectorTerms[e]]++;
                facts[at] = entryFact[e];
                weights[at] = _vectorWeights[e];
            }

            for (var t = 0; t < layout.Terms.Length; t++)
                for (int run = termStart[t], end = termStart[t + 1]; run < end;)
                {
                    var measure = layout.MeasureOf[facts[run]];
                    var runEnd = run + 1;
                    while (runEnd < end && layout.MeasureOf[facts[runEnd]] == measure) runEnd++;
                    var group = measure < 0 ? _noMeasure : measureGroups[measure];
                    group.ByTerm.Add(t, new Postings(run, runEnd - run));
                    run = runEnd;
                }
            return (facts, weights);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(entryFact);
            ArrayPool<int>.Shared.Return(byGroup);
        }
    }

    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>
    /// The facts of the measure <paramref name="measureTerm"/> (a count's noun; null for other kinds) that reach the
    /// score they need, in fact-base order, with their cosine similarity to <paramref name="context"/> (the measure term
    /// left out on both sides) and whether their head agrees with the claim's. A fact whose head shares a term with the
    /// claim's and satisfies <paramref name="headsAgree"/> needs <paramref name="agreeingBar"/>; any other fact needs
    /// <paramref name="otherBar"/>.
    /// </summary>
    /// <remarks>
    /// Only facts that could reach their bar are scored. A fact with an agreeing head is found through its head terms
    /// (<paramref name="headsAgree"/> must be false for heads sharing no term, as agreeing heads always share one; it
    /// is asked once per distinct head). Any other fact needs <paramref name="otherBar"/>, and its cosine with the claim
    /// is at most |c_S| / |c|, where c is the claim's weighted vector and c_S its part on the terms the fact shares
    /// (Cauchy–Schwarz; the fact's part on them is no longer than its whole vector). Taking the claim's terms heaviest
    /// first until the rest weigh less than otherBar² · |c|², a fact sharing none of the taken terms falls short, so
    /// only facts sharing a taken term are scored.
    /// </remarks>
    public List<IndexedMatch> Candidates(ClaimContext context, string? measureTerm, Func<IReadOnlySet<string>, bool> headsAgree,
        double agreeingBar, double otherBar)
    {
        if (agreeingBar <= 0 || otherBar <= 0) throw new ArgumentOutOfRangeException(nameof(agreeingBar), "a fact sharing no term scores 0, so a bar must be above it");
        var group = measureTerm is null ? _noMeasure : _groups.GetValueOrDefault(measureTerm);
        if (group is null) return [];

        // The claim's vector, in its own term order (the order the sums are taken in, as in ContextSimilarity.Score);
        // a term no fact of the kind has gets id -1 and counts only in the claim's norm.
        var claimTerms = new List<ClaimTerm>(context.Weights.Count);
        double claimNorm = 0;
        foreach (var (term, wa) in context.Weights)
        {
            if (term == measureTerm) continue;
            var idf = _terms.Idf(term);
            var x = wa * idf;
            claimNorm += x * x;
            claimTerms.Add(new ClaimTerm(term, _termIds.TryGetValue(term, out var id) ? id : -1, x, idf));
        }
        if (claimNorm == 0) return []; // every score is 0, below any bar

        var reached = new HashSet<HeadGroup>(ReferenceEqualityComparer.Instance);
        var agreeing = new HashSet<HeadGroup>(ReferenceEqualityComparer.Instance);
        foreach (var term in context.Head)
        {
            if (!group.ByHead.TryGetValue(term, out var heads)) continue;
            foreach (var head in heads)
                if (reached.Add(head) && headsAgree(head.Head)) agreeing.Add(head);
        }
        // The facts to score, one bit each, so they are read back in fact-base order without sorting.
        var picked = new ulong[(Facts.Count + 63) / 64];
        foreach (var head in agreeing) Pick(picked, CollectionsMarshal.AsSpan(head.Facts));
        foreach (var id in TermsToShare(claimTerms, claimNorm, otherBar))
            if (group.ByTerm.TryGetValue(id, out var postings)) Pick(picked, FactsOf(postings));

        var seriesKey = LazyInitializer.EnsureInitialized(ref _seriesKey, NumberSeries);
        var agreeingHeads = new bool[_headGroupCount];
        foreach (var head in agreeing) agreeingHeads[head.Index] = true;

        // Two exact ways to get the dot products, whichever reads fewer entries: the claim's terms' postings (each
        // fact's sum then builds up term by term in the claim's order), or each picked fact's vector.
        long postingEntries = 0, vectorEntries = 0;
        foreach (var term in claimTerms)
            if (term.Id >= 0 && group.ByTerm.TryGetValue(term.Id, out var postings)) postingEntries += postings.Length;
        ForEachPicked(picked, f => vectorEntries += _vectorStart[f + 1] - _vectorStart[f]);
        var dots = ArrayPool<double>.Shared.Rent(Facts.Count);
        try
        {
            if (postingEntries <= vectorEntries) DotsByPostings(group, claimTerms, dots);
            else DotsByVectors(picked, claimTerms, dots);
            var matches = new List<IndexedMatch>();
            ForEachPicked(picked, f =>
            {
                var agrees = agreeingHeads[_headOf[f].Index];
                var norm = _norms[f];
                var score = norm == 0 ? 0 : dots[f] / Math.Sqrt(claimNorm * norm);
                if (score >= (agrees ? agreeingBar : otherBar)) matches.Add(new IndexedMatch(Facts[f], score, agrees) { SeriesKey = seriesKey[f] });
            });
            return matches;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(dots);
        }
    }

    /// <summary>Each fact's series, numbered in order of first appearance.</summary>
    private int[] NumberSeries()
    {
        var keys = new int[Facts.Count];
        var numbers = new Dictionary<FactSeries, int>(ReferenceEqualityComparer.Instance);
        for (var f = 0; f < keys.Length; f++)
        {
            ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(numbers, Facts[f].Series, out var known);
            if (!known) number = numbers.Count - 1;
            keys[f] = number;
        }
        return keys;
    }

    /// <summary>Calls <paramref name="action"/> with each marked fact, in fact-base order.</summary>
    private static void ForEachPicked(ulong[] picked, Action<int> action)
    {
        for (var word = 0; word < picked.Length; word++)
            for (var bits = picked[word]; bits != 0; bits &= bits - 1)
                action(word * 64 + BitOperations.TrailingZeroCount(bits));
    }

    /// <summary>
    /// Every fact's dot product with the claim, term at a time: walking the claim's terms in its order and adding each
    /// term's product to the facts that have it gives each fact the same sum, in the same order, as
    /// <c>ContextSimilarity.Score</c> (starting from 0, only shared terms added). Facts sharing no term get 0.
    /// </summary>
    private void DotsByPostings(MeasureGroup group, List<ClaimTerm> claimTerms, double[] dots)
    {
        Array.Clear(dots, 0, Facts.Count);
        foreach (var (_, id, x, idf) in claimTerms)
        {
            if (id < 0 || !group.ByTerm.TryGetValue(id, out var postings)) continue;
            var facts = FactsOf(postings);
            var weights = _postingWeights.AsSpan(postings.Start, postings.Length);
            for (var k = 0; k < facts.Length; k++) dots[facts[k]] += x * weights[k] * idf;
        }
    }

    /// <summary>The picked facts' dot products with the claim, fact at a time (see <see cref="Dot"/>).</summary>
    private void DotsByVectors(ulong[] picked, List<ClaimTerm> claimTerms, double[] dots)
    {
        // Where each term id stands among the claim's terms, plus one (0: not the claim's), so a fact's entries are
        // looked up directly. Rented and cleared over the ids in use: thousands of ids, asked for on every claim.
        var positionOf = ArrayPool<int>.Shared.Rent(_termIds.Count);
        try
        {
            Array.Clear(positionOf, 0, _termIds.Count);
            for (var i = 0; i < claimTerms.Count; i++)
                if (claimTerms[i].Id >= 0) positionOf[claimTerms[i].Id] = i + 1;
            var products = new double[claimTerms.Count];
            ForEachPicked(picked, f => dots[f] = Dot(f, claimTerms, positionOf, products));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(positionOf);
        }
    }

    /// <summary>
    /// The dot product of fact <paramref name="f"/> with the claim, summed in the claim's term order (as
    /// <c>ContextSimilarity.Score</c> sums it, so the bits are the same).
    /// </summary>
    /// <param name="positionOf">Each term id's position among the claim's terms, plus one; 0 for the others.</param>
    /// <param name="products">Scratch, one slot per claim term.</param>
    private double Dot(int f, List<ClaimTerm> claimTerms, int[] positionOf, double[] products)
    {
        // The fact's measure term is the claim's, already left out of claimTerms. Each shared term's product is put in
        // its claim slot, then the slots are summed in the claim's order: a term the fact lacks adds +0.0, which
        // leaves any sum unchanged (the sum starts at +0.0 and so is never -0.0), so the result is the sum of the
        // shared terms' products in claim order, as before.
        Array.Clear(products);
        for (int e = _vectorStart[f], end = _vectorStart[f + 1]; e < end; e++)
        {
            var position = positionOf[_vectorTerms[e]];
            if (position == 0) continue;
            var term = claimTerms[position - 1];
            products[position - 1] = term.X * _vectorWeights[e] * term.Idf;
        }
        double dot = 0;
        foreach (var product in products) dot += product;
        return dot;
    }

    /// <summary>
    /// The claim's heaviest terms, until the rest (all it could share with a fact sharing none of these) could not give
    /// a cosine of <paramref name="bar"/>: |rest|² &lt; bar² · |claim|², with <see cref="BoundSlack"/> to spare.
    /// </summary>
    private static IEnumerable<int> TermsToShare(List<ClaimTerm> claimTerms, double claimNorm, double bar)
    {
        if (bar > 1) yield break; // no cosine reaches it
        var heaviestFirst = claimTerms.Select(t => (Term: t.Id, Square: t.X * t.X)).OrderByDescending(t => t.Square).ToArray();
        // rest[i]: the squared weight of terms i.. onwards, summed from the lightest up (all positive, so accurate).
        var rest = new double[heaviestFirst.Length + 1];
        for (var i = heaviestFirst.Length - 1; i >= 0; i--) rest[i] = rest[i + 1] + heaviestFirst[i].Square;
        var limit = bar * bar * claimNorm * (1 - BoundSlack);
        for (var i = 0; i < heaviestFirst.Length && rest[i] >= limit; i++) yield return heaviestFirst[i].Term;
    }

    /// <summary>A term of the claim being scored: its id among the facts' terms (-1: none has it), weight × idf, and idf.</summary>
    private readonly record struct ClaimTerm(string Term, int Id, double X, double Idf);

    private ReadOnlySpan<int> FactsOf(Postings postings) => _postingFacts.AsSpan(postings.Start, postings.Length);

    private static void Pick(ulong[] picked, ReadOnlySpan<int> facts)
    {
        foreach (var f in facts) picked[f >> 6] |= 1UL << (f & 63);
    }

    /// <summary>The facts that have a term in one measure group, in fact-base order, with the term's weight in each: a range of the flat posting arrays.</summary>
    private readonly record struct Postings(int Start, int Length);

    /// <summary>The facts of one measure: by context term, and by head (each distinct head once, found by its terms).</summary>
    private sealed class MeasureGroup
    {
        /// <summary>Facts by context term id.</summary>
        public Dictionary<int, Postings> ByTerm { get; } = new();
        public Dictionary<string, List<HeadGroup>> ByHead { get; } = new(StringComparer.Ordinal);

        /// <summary>A new head group of this measure, found by each of its head's terms.</summary>
        public HeadGroup AddHeadGroup(IReadOnlySet<string> head, int number)
        {
            var group = new HeadGroup(head, number);
            foreach (var term in head)
            {
                if (!ByHead.TryGetValue(term, out var groups)) ByHead[term] = groups = [];
                groups.Add(group);
            }
            return group;
        }
    }

    /// <summary>
    /// The facts whose heads have the same terms, so whether they agree with a claim's head is asked once (heads are
    /// compared by their terms only: <c>ContextSimilarity.HeadsAgree</c> and <c>HeadsMeet</c>).
    /// </summary>
    private sealed class HeadGroup(IReadOnlySet<string> head, int index)
    {
        public IReadOnlySet<string> Head { get; } = head;
        /// <summary>Its number in the index, so a claim's agreeing heads are marked in an array, not a set.</summary>
        public int Index { get; } = index;
        public List<int> Facts { get; } = [];
    }
}

/// <summary>A fact that reached its bar: its cosine with the claim, and whether its head agrees with the claim's.</summary>
public readonly record struct IndexedMatch(Fact Fact, double Score, bool HeadsAgree)
{
    /// <summary>The same number for every fact of one <see cref="Fact.Series"/> in this index, different otherwise.</summary>
    public int SeriesKey { get; init; }

    public void Deconstruct(out Fact fact, out double score, out bool headsAgree, out int seriesKey) =>
        (fact, score, headsAgree, seriesKey) = (Fact, Score, HeadsAgree, SeriesKey);
}
