namespace Checker.Core.Claims;

/// <summary>
/// What a figure is a figure of, as weighted terms: the head (the noun phrase it measures, "military assistance")
/// weighs most, then its clause, its sentence, and the sentences around it.
/// </summary>
public sealed class ClaimContext
{
    public ClaimContext(IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> head)
    {
        Weights = weights;
        Head = head;
    }

    public static ClaimContext Empty { get; } = new(new Dictionary<string, double>(), new HashSet<string>());

    public IReadOnlyDictionary<string, double> Weights { get; }
    public IReadOnlySet<string> Head { get; }

    public override string ToString() =>
        $"head [{string.Join(", ", Head)}] " + string.Join(" ", Weights.OrderByDescending(w => w.Value).Take(12).Select(w => $"{w.Key}:{w.Value:0.##}"));
}
