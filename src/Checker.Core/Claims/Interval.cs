namespace Checker.Core.Claims;

/// <summary>A range of values a claim allows. Bounds may be open ("more than 30" excludes 30).</summary>
public readonly record struct Interval(double Min, double Max, bool MinOpen = false, bool MaxOpen = false)
{
    public static Interval Point(double value) => new(value, value);

    public bool Contains(double value) =>
        (MinOpen ? value > Min : value >= Min) && (MaxOpen ? value < Max : value <= Max);

    public bool Overlaps(Interval other)
    {
        var lo = Math.Max(Min, other.Min);
        var hi = Math.Min(Max, other.Max);
        if (lo < hi) return true;
        if (lo > hi) return false;
        // They touch at one point: it must be closed on both sides.
        return Contains(lo) && other.Contains(lo);
    }

    /// <summary>True when every value of <paramref name="other"/> is in this interval.</summary>
    public bool Covers(Interval other)
    {
        var lowOk = other.Min > Min || (other.Min == Min && (!MinOpen || other.MinOpen));
        var highOk = other.Max < Max || (other.Max == Max && (!MaxOpen || other.MaxOpen));
        return lowOk && highOk;
    }

    public override string ToString() => $"{(MinOpen ? "(" : "[")}{Min:G6}, {Max:G6}{(MaxOpen ? ")" : "]")}";
}
