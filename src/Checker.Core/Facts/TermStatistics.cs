using System.Runtime.InteropServices;

namespace Checker.Core.Facts;

/// <summary>How rare each context term is across the sources' sentences: rare terms say more about what a figure is of.</summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int _documents;

    public TermStatistics(IEnumerable<IEnumerable<string>> sentences)
    {
        _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        // One set reused for every sentence (a source base has hundreds of thousands), counting each term once per sentence.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            _documents++;
            seen.Clear();
            foreach (var term in sentence)
            {
                if (!seen.Add(term)) continue;
                ref var frequency = ref CollectionsMarshal.GetValueRefOrAddDefault(_documentFrequency, term, out _);
                frequency++;
            }
        }
        _unseenIdf = IdfOf(0);
        _idf = new Dictionary<string, double>(_documentFrequency.Count, StringComparer.Ordinal);
        foreach (var (term, frequency) in _documentFrequency) _idf[term] = IdfOf(frequency);
    }

    /// <summary>Statistics read back from a snapshot: <paramref name="documentFrequency"/> is <see cref="DocumentFrequencies"/> as written.</summary>
    internal TermStatistics(int documents, Dictionary<string, int> documentFrequency)
    {
        _documents = documents;
        _documentFrequency = documentFrequency;
        _unseenIdf = IdfOf(0);
        _idf = new Dictionary<string, double>(_documentFrequency.Count, StringComparer.Ordinal);
        foreach (var (term, frequency) in _documentFrequency) _idf[term] = IdfOf(frequency);
    }

    /// <summary>How many sentences were counted (for snapshots).</summary>
    internal int Documents => _documents;

    /// <summary>In how many sentences each term occurs (for snapshots).</summary>
    internal IReadOnlyDictionary<string, int> DocumentFrequencies => _documentFrequency;

    // Idf is read once per term per candidate fact while matching, so each known term's value is worked out once
    // (the same expression, so the same bits); a term no sentence has gets the rarest value.
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;

    public double Idf(string term) => _idf.TryGetValue(term, out var value) ? value : _unseenIdf;

    private double IdfOf(int documentFrequency) => Math.Log((_documents + 1.0) / (documentFrequency + 1.0)) + 1.0;
}
