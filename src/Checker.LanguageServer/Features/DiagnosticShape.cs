using System.Runtime.CompilerServices;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;

namespace Checker.LanguageServer.Features;

/// <summary>
/// Everything an LSP diagnostic is made of except where it sits in the draft: the rule, severity, message, evidence
/// and the related locations' messages. Two diagnostics with the same shape serialize to the same JSON but for their
/// draft ranges, so a keystroke that only moves a finding reuses its JSON (<see cref="DiagnosticTemplate"/>).
/// Evidence compares by its source document's identity (a new fact base has new documents, so its evidence never
/// matches the old one's) and its spans: cheap, and never equal for two different sentences.
/// </summary>
public sealed class DiagnosticShape : IEquatable<DiagnosticShape>
{
    private readonly Diagnostic _diagnostic;
    private readonly int _hash;

    public DiagnosticShape(Diagnostic diagnostic)
    {
        _diagnostic = diagnostic;
        var hash = new HashCode();
        hash.Add(diagnostic.Rule.Id, StringComparer.Ordinal);
        hash.Add(diagnostic.Severity);
        hash.Add(diagnostic.Message, StringComparer.Ordinal);
        foreach (var evidence in diagnostic.Evidence)
        {
            hash.Add(RuntimeHelpers.GetHashCode(evidence.Source));
            hash.Add(evidence.Sentence);
        }
        foreach (var related in diagnostic.Related) hash.Add(related.Message, StringComparer.Ordinal);
        _hash = hash.ToHashCode();
    }

    /// <summary>How many draft ranges the diagnostic's JSON holds: its own and one per related location.</summary>
    public int RangeCount => 1 + _diagnostic.Related.Count;

    public bool Equals(DiagnosticShape? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        var (a, b) = (_diagnostic, other._diagnostic);
        return _hash == other._hash && a.Rule == b.Rule && a.Severity == b.Severity &&
               string.Equals(a.Message, b.Message, StringComparison.Ordinal) &&
               SameEvidence(a.Evidence, b.Evidence) && SameRelatedMessages(a.Related, b.Related);
    }

    public override bool Equals(object? obj) => Equals(obj as DiagnosticShape);

    public override int GetHashCode() => _hash;

    private static bool SameEvidence(IReadOnlyList<Evidence> a, IReadOnlyList<Evidence> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!ReferenceEquals(a[i].Source, b[i].Source) || a[i].Sentence != b[i].Sentence || a[i].Figure != b[i].Figure) return false;
        return true;
    }

    private static bool SameRelatedMessages(IReadOnlyList<RelatedLocation> a, IReadOnlyList<RelatedLocation> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!string.Equals(a[i].Message, b[i].Message, StringComparison.Ordinal)) return false;
        return true;
    }
}
