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
    private readonly HeadGroup[] _headGroups; // by number
    // A claim's term is looked up once, in the term statistics (which it needs for its idf anyway); its id here is
    // then read from an array by the statistics' id. The few terms the statistics lack (none, from a build from text)
    // are kept by name.
    private readonly int _termCount;
    private readonly int[] _termIdOfKnown;
    private readonly Dictionary<string, int> _termIdsUnknownToStatistics = new(StringComparer.Ordinal);
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

        _termCount = layout.Terms.Length;
        _termIdOfKnown = new int[terms.Count];
        Array.Fill(_termIdOfKnown, -1);
        var idfOf = new double[layout.Terms.Length]; // by term id: each term's idf is looked up once, not once per fact
        for (var id = 0; id < layout.Terms.Length; id++)
        {
            var known = terms.IdOf(layout.Terms[id]);
            if (known >= 0) _termIdOfKnown[known] = id;
            else _termIdsUnknownToStatistics.Add(layout.Terms[id], id);
            idfOf[id] = terms.IdfOf(known);
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
        _headGroups = [.. headGroups];

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
    /// (<paramref name="headsAgree"/> is asked only about heads sharing a term with the claim's, as agreeing heads
    /// always share one, once per distinct head). Any other fact needs <paramref name="otherBar"/>, and its cosine with
    /// the claim is at most |c_S| / |c|, where c is the claim's weighted vector and c_S its part on the terms the fact
    /// shares (Cauchy–Schwarz; the fact's part on them is no longer than its whole vector). Taking the claim's terms
    /// heaviest first until the rest weigh less than otherBar² · |c|², a fact sharing none of the taken terms falls
    /// short, so only facts sharing a taken term are scored.
    /// </remarks>
    public List<IndexedMatch> Candidates(ClaimContext context, string? measureTerm, Func<HeadOverlap, bool> headsAgree,
        double agreeingBar, double otherBar)
    {
        var matches = new List<IndexedMatch>();
        Candidates(context, measureTerm, headsAgree, agreeingBar, otherBar, matches);
        return matches;
    }

    /// <summary>
    /// As <see cref="Candidates(ClaimContext, string?, Func{HeadOverlap, bool}, double, double)"/>, the matches added to
    /// <paramref name="into"/>: a matcher judging thousands of claims passes one list again and again. Every working
    /// array is this thread's <see cref="CandidateScratch"/>, so a call allocates nothing once they have grown.
    /// </summary>
    public void Candidates(ClaimContext context, string? measureTerm, Func<HeadOverlap, bool> headsAgree,
        double agreeingBar, double otherBar, List<IndexedMatch> into)
    {
        if (agreeingBar <= 0 || otherBar <= 0) throw new ArgumentOutOfRangeException(nameof(agreeingBar), "a fact sharing no term scores 0, so a bar must be above it");
        var group = measureTerm is null ? _noMeasure : _groups.GetValueOrDefault(measureTerm);
        if (group is null) return;
        var scratch = CandidateScratch.ForThisThread;
        var agreeingHeads = AgreeingHeads(context.Head, group, headsAgree, scratch, out var agreeingCount);
        // With no bar reachable but by an agreeing head (dates and durations), a claim whose head agrees with none has
        // no candidate: its vector need not be read at all.
        if (otherBar > 1 && agreeingCount == 0) return;

        // The claim's vector, in its own term order (the order the sums are taken in, as in ContextSimilarity.Score);
        // a term no fact of the kind has gets id -1 and counts only in the claim's norm.
        var claimTerms = CandidateScratch.AtLeast(ref scratch.ClaimTerms, context.Weights.Count);
        var termCount = 0;
        double claimNorm = 0;
        var weightValues = WeightsInOrder(context.Weights, scratch, out var weightTerms);
        for (var k = 0; k < weightTerms.Length; k++)
        {
            var (term, wa) = (weightTerms[k], weightValues[k]);
            if (term == measureTerm) continue;
            var (id, idf) = Resolve(term);
            var x = wa * idf;
            claimNorm += x * x;
            var postings = id >= 0 && group.ByTerm.TryGetValue(id, out var found) ? found : default;
            claimTerms[termCount++] = new ClaimTerm(id, x, idf, postings);
        }
        if (claimNorm == 0) return; // every score is 0, below any bar
        ReadOnlySpan<ClaimTerm> terms = claimTerms[..termCount];

        // The facts to score, one bit each, so they are read back in fact-base order without sorting.
        var picked = CandidateScratch.Cleared(ref scratch.Picked, (Facts.Count + 63) / 64);
        foreach (var head in scratch.ReachedHeads.AsSpan(0, scratch.ReachedCount))
            if (agreeingHeads[head]) Pick(picked, CollectionsMarshal.AsSpan(_headGroups[head].Facts));
        foreach (var position in TermsToShare(terms, claimNorm, otherBar, scratch)) Pick(picked, FactsOf(terms[position].Postings));

        var seriesKey = LazyInitializer.EnsureInitialized(ref _seriesKey, NumberSeries);

        // Two exact ways to get the dot products, whichever reads fewer entries: the claim's terms' postings (each
        // fact's sum then builds up term by term in the claim's order), or each picked fact's vector.
        long postingEntries = 0, vectorEntries = 0;
        foreach (var term in terms) postingEntries += term.Postings.Length;
        for (var bits = new PickedFacts(picked); bits.Next(out var f);) vectorEntries += _vectorStart[f + 1] - _vectorStart[f];
        var dots = CandidateScratch.AtLeast(ref scratch.Dots, Facts.Count);
        if (postingEntries <= vectorEntries) DotsByPostings(terms, dots);
        else DotsByVectors(picked, terms, dots, scratch);

        for (var bits = new PickedFacts(picked); bits.Next(out var f);)
        {
            var agrees = agreeingHeads[_headOf[f].Index];
            var norm = _norms[f];
            var score = norm == 0 ? 0 : dots[f] / Math.Sqrt(claimNorm * norm);
            if (score >= (agrees ? agreeingBar : otherBar)) into.Add(new IndexedMatch(Facts[f], score, agrees) { SeriesKey = seriesKey[f] });
        }
    }

    // A draft's claims keep their weights as TermWeights (ContextBuilder), read here as two spans; a fact's are a
    // Dictionary (the builder and the snapshot reader), copied in its order into this thread's scratch. No enumerator
    // object or copy per claim either way. A head is a HashSet, walked as such; any other kind of set is copied.
    private static ReadOnlySpan<double> WeightsInOrder(IReadOnlyDictionary<string, double> weights, CandidateScratch scratch,
        out ReadOnlySpan<string> terms)
    {
        if (weights is TermWeights flat)
        {
            terms = flat.TermsInOrder;
            return flat.WeightsInOrder;
        }
        var names = CandidateScratch.AtLeast(ref scratch.WeightTerms, weights.Count);
        var values = CandidateScratch.AtLeast(ref scratch.WeightValues, weights.Count);
        var k = 0;
        if (weights is Dictionary<string, double> dictionary)
            foreach (var (term, weight) in dictionary) (names[k], values[k++]) = (term, weight);
        else
            foreach (var (term, weight) in weights) (names[k], values[k++]) = (term, weight);
        terms = names;
        return values;
    }

    private static HashSet<string> AsHashSet(IReadOnlySet<string> terms) => terms as HashSet<string> ?? new HashSet<string>(terms, StringComparer.Ordinal);

    /// <summary>A claim's term as this index knows it: its id among the facts' terms (-1: no fact has it) and its idf.</summary>
    private (int Id, double Idf) Resolve(string term)
    {
        var known = _terms.IdOf(term); // the one string lookup a claim's term costs
        var id = known >= 0 ? _termIdOfKnown[known]
            : _termIdsUnknownToStatistics.Count > 0 && _termIdsUnknownToStatistics.TryGetValue(term, out var unknown) ? unknown : -1;
        return (id, _terms.IdfOf(known));
    }

    /// <summary>
    /// Marks the head groups of <paramref name="group"/> sharing a term with <paramref name="claimHead"/> (listed in the
    /// scratch's ReachedHeads) and, among them, those <paramref name="headsAgree"/> accepts (true in the array returned,
    /// by head group number; <paramref name="count"/> of them). How many terms each shares is counted on the way: a
    /// group is listed once per head term.
    /// </summary>
    private Span<bool> AgreeingHeads(IReadOnlySet<string> claimHead, MeasureGroup group, Func<HeadOverlap, bool> headsAgree, CandidateScratch scratch,
        out int count)
    {
        var shared = CandidateScratch.Cleared(ref scratch.SharedHeadTerms, _headGroupCount);
        var agreeing = CandidateScratch.Cleared(ref scratch.AgreeingHeads, _headGroupCount);
        var reached = CandidateScratch.AtLeast(ref scratch.ReachedHeads, _headGroupCount);
        scratch.ReachedCount = 0;
        foreach (var term in AsHashSet(claimHead))
        {
            if (!group.ByHead.TryGetValue(term, out var heads)) continue;
            foreach (var head in heads)
                if (shared[head.Index]++ == 0) reached[scratch.ReachedCount++] = head.Index;
        }
        count = 0;
        foreach (var head in reached[..scratch.ReachedCount])
            if (agreeing[head] = headsAgree(new HeadOverlap(shared[head], claimHead.Count, _headGroups[head].Head.Count))) count++;
        return agreeing;
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

    /// <summary>The marked facts, in fact-base order: <c>for (var it = new PickedFacts(picked); it.Next(out var f);)</c>.</summary>
    private ref struct PickedFacts(ReadOnlySpan<ulong> picked)
    {
        private readonly ReadOnlySpan<ulong> _picked = picked;
        private int _word = -1;
        private ulong _bits;

        public bool Next(out int fact)
        {
            while (_bits == 0)
            {
                if (++_word >= _picked.Length)
                {
                    fact = -1;
                    return false;
                }
                _bits = _picked[_word];
            }
            fact = _word * 64 + BitOperations.TrailingZeroCount(_bits);
            _bits &= _bits - 1;
            return true;
        }
    }

    /// <summary>
    /// Every fact's dot product with the claim, term at a time: walking the claim's terms in its order and adding each
    /// term's product to the facts that have it gives each fact the same sum, in the same order, as
    /// <c>ContextSimilarity.Score</c> (starting from 0, only shared terms added). Facts sharing no term get 0.
    /// </summary>
    private void DotsByPostings(ReadOnlySpan<ClaimTerm> claimTerms, Span<double> dots)
    {
        dots.Clear();
        foreach (var (_, x, idf, postings) in claimTerms)
        {
            var facts = FactsOf(postings);
            var weights = _postingWeights.AsSpan(postings.Start, postings.Length);
            for (var k = 0; k < facts.Length; k++) dots[facts[k]] += x * weights[k] * idf;
        }
    }

    /// <summary>The picked facts' dot products with the claim, fact at a time (see <see cref="Dot"/>).</summary>
    private void DotsByVectors(ReadOnlySpan<ulong> picked, ReadOnlySpan<ClaimTerm> claimTerms, Span<double> dots, CandidateScratch scratch)
    {
        // Where each term id stands among the claim's terms, plus one (0: not the claim's), so a fact's entries are
        // looked up directly. All zero between calls: only the claim's own ids are set, and set back afterwards,
        // rather than clearing an entry for every term of the index on every claim.
        var positionOf = CandidateScratch.AtLeast(ref scratch.PositionOf, _termCount);
        try
        {
            for (var i = 0; i < claimTerms.Length; i++)
                if (claimTerms[i].Id >= 0) positionOf[claimTerms[i].Id] = i + 1;
            var products = CandidateScratch.AtLeast(ref scratch.Products, claimTerms.Length);
            for (var it = new PickedFacts(picked); it.Next(out var f);) dots[f] = Dot(f, claimTerms, positionOf, products);
        }
        finally
        {
            foreach (var term in claimTerms)
                if (term.Id >= 0) positionOf[term.Id] = 0;
        }
    }

    /// <summary>
    /// The dot product of fact <paramref name="f"/> with the claim, summed in the claim's term order (as
    /// <c>ContextSimilarity.Score</c> sums it, so the bits are the same).
    /// </summary>
    /// <param name="positionOf">Each term id's position among the claim's terms, plus one; 0 for the others.</param>
    /// <param name="products">Scratch, one slot per claim term.</param>
    private double Dot(int f, ReadOnlySpan<ClaimTerm> claimTerms, ReadOnlySpan<int> positionOf, Span<double> products)
    {
        // The fact's measure term is the claim's, already left out of claimTerms. Each shared term's product is put in
        // its claim slot, then the slots are summed in the claim's order: a term the fact lacks adds +0.0, which
        // leaves any sum unchanged (the sum starts at +0.0 and so is never -0.0), so the result is the sum of the
        // shared terms' products in claim order, as before.
        products.Clear();
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
    /// The places (in <paramref name="claimTerms"/>) of the claim's heaviest terms, until the rest (all it could share with a fact sharing none of these)
    /// could not give a cosine of <paramref name="bar"/>: |rest|² &lt; bar² · |claim|², with <see cref="BoundSlack"/>
    /// to spare. Terms of equal weight keep the claim's order (a stable sort, as ordering them did before).
    /// </summary>
    private static ReadOnlySpan<int> TermsToShare(ReadOnlySpan<ClaimTerm> claimTerms, double claimNorm, double bar, CandidateScratch scratch)
    {
        if (bar > 1) return []; // no cosine reaches it
        var heaviestFirst = CandidateScratch.AtLeast(ref scratch.HeaviestFirst, claimTerms.Length);
        for (var i = 0; i < claimTerms.Length; i++) heaviestFirst[i] = new WeighedTerm(claimTerms[i].X * claimTerms[i].X, i);
        heaviestFirst.Sort();
        // rest[i]: the squared weight of terms i.. onwards, summed from the lightest up (all positive, so accurate).
        var rest = CandidateScratch.AtLeast(ref scratch.Rest, claimTerms.Length + 1);
        rest[claimTerms.Length] = 0;
        for (var i = claimTerms.Length - 1; i >= 0; i--) rest[i] = rest[i + 1] + heaviestFirst[i].Square;
        var limit = bar * bar * claimNorm * (1 - BoundSlack);
        var taken = CandidateScratch.AtLeast(ref scratch.TakenTerms, claimTerms.Length);
        var count = 0;
        for (var i = 0; i < claimTerms.Length && rest[i] >= limit; i++) taken[count++] = heaviestFirst[i].Position;
        return taken[..count];
    }

    /// <summary>
    /// A term of the claim being scored: its id among the facts' terms (-1: none has it), weight × idf, idf, and the
    /// facts of the claim's measure group that have it (looked up once per claim; empty when none has it).
    /// </summary>
    internal readonly record struct ClaimTerm(int Id, double X, double Idf, Postings Postings);

    /// <summary>A claim term's squared weight and its place in the claim, ordered heaviest first, then by place.</summary>
    internal readonly record struct WeighedTerm(double Square, int Position) : IComparable<WeighedTerm>
    {
        public int CompareTo(WeighedTerm other)
        {
            var bySquare = other.Square.CompareTo(Square);
            return bySquare != 0 ? bySquare : Position.CompareTo(other.Position);
        }
    }

    private ReadOnlySpan<int> FactsOf(Postings postings) => _postingFacts.AsSpan(postings.Start, postings.Length);

    private static void Pick(Span<ulong> picked, ReadOnlySpan<int> facts)
    {
        foreach (var f in facts) picked[f >> 6] |= 1UL << (f & 63);
    }

    /// <summary>The facts that have a term in one measure group, in fact-base order, with the term's weight in each: a range of the flat posting arrays.</summary>
    internal readonly record struct Postings(int Start, int Length);

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
