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
        (_ids, _idfById, _unseenIdf) = NumberTerms(_documentFrequency);
    }

    /// <summary>Statistics read back from a snapshot: <paramref name="documentFrequency"/> is <see cref="DocumentFrequencies"/> as written.</summary>
    internal TermStatistics(int documents, Dictionary<string, int> documentFrequency)
    {
        _documents = documents;
        _documentFrequency = documentFrequency;
        (_ids, _idfById, _unseenIdf) = NumberTerms(_documentFrequency);
    }

    /// <summary>How many sentences were counted (for snapshots).</summary>
    internal int Documents => _documents;

    /// <summary>In how many sentences each term occurs (for snapshots).</summary>
    internal IReadOnlyDictionary<string, int> DocumentFrequencies => _documentFrequency;

    // Idf is read for every term of every claim judged, so each known term's value is worked out once (the same
    // expression, so the same bits) and kept by the term's number; a term no sentence has gets the rarest value.
    // The numbers let a context index find a claim's term with this one string lookup (IdOf), not a second of its own.
    private readonly Dictionary<string, int> _ids;
    private readonly double[] _idfById;
    private readonly double _unseenIdf;

    /// <summary>How many terms are known (numbered 0 to Count - 1 by <see cref="IdOf"/>).</summary>
    internal int Count => _idfById.Length;

    public double Idf(string term) => IdfOf(IdOf(term));

    /// <summary>The term's number among the known terms, or -1 for a term no sentence has.</summary>
    internal int IdOf(string term) => _ids.TryGetValue(term, out var id) ? id : -1;

    /// <summary>The idf of the term numbered <paramref name="id"/> by <see cref="IdOf"/> (-1: a term no sentence has).</summary>
    internal double IdfOf(int id) => id >= 0 ? _idfById[id] : _unseenIdf;

    private (Dictionary<string, int> Ids, double[] IdfById, double UnseenIdf) NumberTerms(Dictionary<string, int> documentFrequency)
    {
        var ids = new Dictionary<string, int>(documentFrequency.Count, StringComparer.Ordinal);
        var idf = new double[documentFrequency.Count];
        foreach (var (term, frequency) in documentFrequency)
        {
            idf[ids.Count] = IdfFor(frequency);
            ids.Add(term, ids.Count);
        }
        return (ids, idf, IdfFor(0));
    }

    private double IdfFor(int documentFrequency) => Math.Log((_documents + 1.0) / (documentFrequency + 1.0)) + 1.0;
}
