using System.Collections;

namespace Checker.Core.Claims;

/// <summary>
/// A claim's context weights as <see cref="ClaimContext.Weights"/> reads them: the terms in the order they were given,
/// each with its weight, in arrays of exactly their number. The contexts of a draft's claims live as long as its check,
/// and a dictionary spends about half again as much on each term (its entry's link and bucket, rounded up to a prime
/// size); these are the same terms, weights and order. A term is found by comparing a cheap hash of it with the terms'
/// hashes, a vectorised scan of a few dozen numbers, then the text.
/// </summary>
internal sealed class TermWeights : IReadOnlyDictionary<string, double>
{
    private readonly string[] _terms;
    private readonly double[] _weights;
    // Made on the first lookup: most of a draft's contexts are only ever enumerated (matching reads them in order; only
    // FC4001 and the fact base's builder look terms up), so most never need one. Two threads racing to make it make the
    // same numbers, and either array serves.
    private int[]? _hashes;

    /// <summary>The terms <paramref name="terms"/>, each with the weight at its place in <paramref name="weights"/>; both arrays are kept.</summary>
    public TermWeights(string[] terms, double[] weights)
    {
        if (terms.Length != weights.Length) throw new ArgumentException("A weight for every term.", nameof(weights));
        _terms = terms;
        _weights = weights;
    }

    public int Count => _terms.Length;

    /// <summary>The terms in order; the weight of <c>Terms[k]</c> is <c>WeightsInOrder[k]</c>. Read without an enumerator.</summary>
    internal ReadOnlySpan<string> TermsInOrder => _terms;

    internal ReadOnlySpan<double> WeightsInOrder => _weights;

    public double this[string key] => TryGetValue(key, out var weight) ? weight : throw new KeyNotFoundException($"'{key}' is not a term of this context.");

    public IEnumerable<string> Keys => Array.AsReadOnly(_terms);

    public IEnumerable<double> Values => Array.AsReadOnly(_weights);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, out double value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _weights[index] : 0;
        return index >= 0;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var hash = HashOf(key);
        var hashes = _hashes ??= Hashes(_terms);
        var from = 0;
        while (from < hashes.Length)
        {
            var found = hashes.AsSpan(from).IndexOf(hash);
            if (found < 0) return -1;
            var index = from + found;
            if (string.Equals(_terms[index], key, StringComparison.Ordinal)) return index;
            from = index + 1;
        }
        return -1;
    }

    // Cheap, not strong: a few characters and the length tell most terms of one context apart, and a match is confirmed on
    // the whole text; hashing every character of every term of every claim cost more than the lookups it served.
    private static int HashOf(string term) =>
        term.Length == 0 ? 0 : HashCode.Combine(term.Length, term[0], term[term.Length / 2], term[^1]);

    private static int[] Hashes(string[] terms)
    {
        var hashes = new int[terms.Length];
        for (var k = 0; k < terms.Length; k++) hashes[k] = HashOf(terms[k]);
        return hashes;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
    {
        for (var k = 0; k < _terms.Length; k++) yield return new KeyValuePair<string, double>(_terms[k], _weights[k]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
