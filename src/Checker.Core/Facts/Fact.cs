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
        _datesOldestFirst = DatesIfOldestFirst(facts);
    }

    // The facts' dates, read once, when the facts are oldest first (as FactBaseBuilder links them), so a date is found
    // by binary search instead of by reading every member's source; null when they are not in order.
    private readonly DateOnly[]? _datesOldestFirst;

    public string Id { get; }
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The newest fact published on or before <paramref name="date"/>; null when all are newer.</summary>
    public Fact? LatestAt(DateOnly date) => Facts.LastOrDefault(f => f.Date <= date);

    /// <summary>Whether <see cref="Facts"/> are in date order, so the counts below apply.</summary>
    public bool IsOldestFirst => _datesOldestFirst is not null;

    /// <summary>
    /// How many facts were published on or before <paramref name="date"/>: with <see cref="IsOldestFirst"/>, they are the
    /// first that many of <see cref="Facts"/>.
    /// </summary>
    public int CountPublishedBy(DateOnly date) => FirstIndexAfter(date, onTheDate: true);

    /// <summary>How many facts were published before <paramref name="date"/>: the first that many, as above.</summary>
    public int CountPublishedBefore(DateOnly date) => FirstIndexAfter(date, onTheDate: false);

    /// <summary>The first index whose date is after <paramref name="date"/> (or, without <paramref name="onTheDate"/>, on or after it).</summary>
    private int FirstIndexAfter(DateOnly date, bool onTheDate)
    {
        var dates = _datesOldestFirst ?? throw new InvalidOperationException("the series' facts are not in date order");
        int low = 0, high = dates.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (dates[middle] < date || (onTheDate && dates[middle] == date)) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static DateOnly[]? DatesIfOldestFirst(IReadOnlyList<Fact> facts)
    {
        var dates = new DateOnly[facts.Count];
        for (var i = 0; i < dates.Length; i++)
        {
            dates[i] = facts[i].Date;
            if (i > 0 && dates[i] < dates[i - 1]) return null;
        }
        return dates;
    }
}
