namespace Checker.Core.Facts;

/// <summary>How rare each context term is across the sources' sentences: rare terms say more about what a figure is of.</summary>
public sealed class TermStatistics
{
    private readonly Dictionary<string, int> _documentFrequency;
    private readonly int _documents;

    public TermStatistics(IEnumerable<IEnumerable<string>> sentences)
    {
        _documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            _documents++;
            foreach (var term in sentence.Distinct())
                _documentFrequency[term] = _documentFrequency.GetValueOrDefault(term) + 1;
        }
    }

    public double Idf(string term) => Math.Log((_documents + 1.0) / (_documentFrequency.GetValueOrDefault(term) + 1.0)) + 1.0;
}
