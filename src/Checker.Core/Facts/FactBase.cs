using Checker.Core.Claims;

namespace Checker.Core.Facts;

/// <summary>What the sources say: every figure in them as a fact with provenance, grouped into series over time.</summary>
public sealed class FactBase
{
    internal FactBase(IReadOnlyList<SourceDocument> sources, IReadOnlyList<Fact> facts, IReadOnlyList<FactSeries> series,
        TermStatistics terms, Lexicon.Lexicon lexicon)
    {
        Sources = sources;
        Facts = facts;
        Series = series;
        Terms = terms;
        Lexicon = lexicon;
        _byKind = facts.GroupBy(f => f.Claim.Kind).ToDictionary(g => g.Key, g => (IReadOnlyList<Fact>)g.ToList());
    }

    private readonly Dictionary<ClaimKind, IReadOnlyList<Fact>> _byKind;

    public IReadOnlyList<SourceDocument> Sources { get; }
    public IReadOnlyList<Fact> Facts { get; }
    public IReadOnlyList<FactSeries> Series { get; }
    public TermStatistics Terms { get; }
    public Lexicon.Lexicon Lexicon { get; }

    public IReadOnlyList<Fact> OfKind(ClaimKind kind) => _byKind.TryGetValue(kind, out var facts) ? facts : [];

    public static FactBase Empty(Lexicon.Lexicon lexicon) => new([], [], [], new TermStatistics([]), lexicon);
}
