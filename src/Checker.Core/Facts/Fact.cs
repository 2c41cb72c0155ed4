using Checker.Core.Claims;

namespace Checker.Core.Facts;

/// <summary>
/// A claim a source makes, with its provenance. The same statement in two copies of a story is one fact with two
/// pieces of evidence. Facts measuring the same quantity at different dates share a <see cref="Series"/>.
/// </summary>
public sealed class Fact
{
    private readonly List<Evidence> _evidence = [];

    internal Fact(string id, Claim claim, SourceDocument source, Evidence evidence)
    {
        Id = id;
        Claim = claim;
        Source = source;
        _evidence.Add(evidence);
    }

    /// <summary>Stable for a given seed collection: the first source's file name and the figure's offset in it.</summary>
    public string Id { get; }
    public Claim Claim { get; }
    public SourceDocument Source { get; }
    public DateOnly Date => Source.Date;
    public IReadOnlyList<Evidence> Evidence => _evidence;

    /// <summary>The facts that measure the same quantity over time, oldest first; this fact alone when it has no history.</summary>
    public FactSeries Series { get; internal set; } = null!;

    internal void AddEvidence(Evidence evidence) => _evidence.Add(evidence);

    public override string ToString() => $"{Id}: {Claim.Text} ({Source})";
}

/// <summary>One quantity as the sources state it over time, oldest first.</summary>
public sealed class FactSeries
{
    internal FactSeries(string id, IReadOnlyList<Fact> facts)
    {
        Id = id;
        Facts = facts;
    }

    public string Id { get; }
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The newest fact published on or before <paramref name="date"/>; null when all are newer.</summary>
    public Fact? LatestAt(DateOnly date) => Facts.LastOrDefault(f => f.Date <= date);
}
