using Checker.Core.Claims;

namespace Checker.Core.Facts;

/// <summary>What the sources say: every figure in them as a fact with provenance, grouped into series over time.</summary>
public sealed class FactBase
{
    internal FactBase(IReadOnlyList<SourceDocument> sources, IReadOnlyList<Fact> facts, IReadOnlyList<FactSeries> series,
        TermStatistics terms, Lexicon.Lexicon lexicon)
        : this(sources, facts, series, terms, lexicon, layouts: null)
    {
    }

    /// <param name="layouts">
    /// Each kind's <see cref="ContextIndexLayout"/> read from a snapshot (checked against the facts by the reader), or
    /// null to work them out from the facts' contexts.
    /// </param>
    internal FactBase(IReadOnlyList<SourceDocument> sources, IReadOnlyList<Fact> facts, IReadOnlyList<FactSeries> series,
        TermStatistics terms, Lexicon.Lexicon lexicon, IReadOnlyDictionary<ClaimKind, ContextIndexLayout>? layouts)
    {
        Sources = sources;
        Facts = facts;
        Series = series;
        Terms = terms;
        Lexicon = lexicon;
        _byKind = facts.GroupBy(f => f.Claim.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<Fact>)g.ToList());
        // A count is matched only against counts of the same noun, so its noun is left out of its score (FactMatcher).
        _indexByKind = _byKind.ToDictionary(k => k.Key, k => layouts is null
            ? new ContextIndex(k.Value, terms, f => f.Claim is QuantityClaim { Kind: ClaimKind.Count } count ? lexicon.Term(count.Noun) : null)
            : new ContextIndex(k.Value, terms, layouts[k.Key]));
    }

    private readonly Dictionary<ClaimKind, IReadOnlyList<Fact>> _byKind;
    private readonly Dictionary<ClaimKind, ContextIndex> _indexByKind;

    public IReadOnlyList<SourceDocument> Sources { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public IReadOnlyList<FactSeries> Series { get; }
    public TermStatistics Terms { get; }
    public Lexicon.Lexicon Lexicon { get; }

    /// <summary>Each kind's index, in the order the kinds first appear among the facts (for snapshots).</summary>
    internal IEnumerable<KeyValuePair<ClaimKind, ContextIndex>> ContextIndexes => _indexByKind;

    public IReadOnlyList<Fact> OfKind(ClaimKind kind) => _byKind.TryGetValue(kind, out var facts) ? facts : [];

    /// <summary>The facts of a kind indexed by context term, for scoring a claim against only the facts it shares a term with.</summary>
    public ContextIndex ContextIndexOf(ClaimKind kind) =>
        _indexByKind.TryGetValue(kind, out var index) ? index : _emptyIndex ??= new ContextIndex([], Terms, _ => null);

    // For a kind no source has: made once, not once per claim judged (it holds an array as long as the terms known).
    private ContextIndex? _emptyIndex;

    public static FactBase Empty(Lexicon.Lexicon lexicon) => new([], [], [], new TermStatistics([]), lexicon);
}
