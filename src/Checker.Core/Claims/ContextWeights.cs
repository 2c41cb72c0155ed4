namespace Checker.Core.Claims;

/// <summary>
/// A claim's context weights while extraction works them out: terms by their <see cref="TokenTerms"/> number, each with
/// its weight, in the order first given, as the dictionary they replace enumerated them. Looking a term up is reading an
/// array at its number, not hashing its text: filling a dictionary per claim was most of <see cref="ContextBuilder"/>'s time.
/// Used again from claim to claim, cleared in constant time: a term's place is trusted only when the term at that place
/// is the term (a sparse set), so stale places need no clearing. One per extraction, not thread-safe.
/// </summary>
internal sealed class ContextWeights
{
    // By term number: where the term is in _order, if it is there (see IndexOf).
    private int[] _place = new int[256];
    private int[] _order = new int[64];
    private double[] _weights = new double[64];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Terms => _order.AsSpan(0, Count);

    public ReadOnlySpan<double> Weights => _weights.AsSpan(0, Count);

    /// <summary>Forgets every term.</summary>
    public void Clear() => Count = 0;

    /// <summary>Adds <paramref name="term"/> with <paramref name="weight"/> unless it is there already.</summary>
    public void TryAdd(int term, double weight)
    {
        if (IndexOf(term) < 0) Append(term, weight);
    }

    /// <summary>Gives <paramref name="term"/> at least <paramref name="weight"/>, adding it if new.</summary>
    public void Raise(int term, double weight)
    {
        var index = IndexOf(term);
        if (index < 0) Append(term, weight);
        else if (_weights[index] < weight) _weights[index] = weight;
    }

    /// <summary>Gives <paramref name="term"/> exactly <paramref name="weight"/>, adding it if new.</summary>
    public void Set(int term, double weight)
    {
        var index = IndexOf(term);
        if (index < 0) Append(term, weight);
        else _weights[index] = weight;
    }

    /// <summary>Clears these weights and copies <paramref name="other"/>'s, in its order.</summary>
    public void CopyFrom(ContextWeights other)
    {
        Clear();
        var terms = other.Terms;
        var weights = other.Weights;
        for (var k = 0; k < terms.Length; k++) Append(terms[k], weights[k]);
    }

    /// <summary>The weights as a claim keeps them: the terms' texts and weights in arrays of their exact number, in order.</summary>
    public TermWeights ToTermWeights(TokenTerms termOf)
    {
        var texts = new string[Count];
        for (var k = 0; k < texts.Length; k++) texts[k] = termOf.Text(_order[k]);
        return new TermWeights(texts, _weights.AsSpan(0, Count).ToArray());
    }

    private int IndexOf(int term)
    {
        if (term >= _place.Length) return -1;
        var place = _place[term];
        return place < Count && _order[place] == term ? place : -1;
    }

    private void Append(int term, double weight)
    {
        if (term >= _place.Length) Array.Resize(ref _place, Math.Max(term + 1, 2 * _place.Length));
        if (Count == _order.Length)
        {
            Array.Resize(ref _order, 2 * Count);
            Array.Resize(ref _weights, 2 * Count);
        }
        _order[Count] = term;
        _weights[Count] = weight;
        _place[term] = Count++;
    }
}
