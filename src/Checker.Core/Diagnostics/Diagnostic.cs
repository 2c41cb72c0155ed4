using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Text;

namespace Checker.Core.Diagnostics;

public enum Severity { Error, Warning, Information, Hint }

/// <summary>What kind of finding a rule makes. Refuted, stale, qualifier and internal flag a claim; unsupported only informs.</summary>
public enum Category { Refuted, Stale, Qualifier, Internal, Unsupported, Consistency, Tool }

/// <summary>A replacement of one span of the draft: fixes are data, turned into editor actions only at the edge.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

public sealed record Fix(string Title, IReadOnlyList<TextEdit> Edits, bool IsPreferred = false);

/// <summary>Another place in the same draft that a diagnostic refers to (the other half of a self-contradiction).</summary>
public sealed record RelatedLocation(TextSpan Span, string Message);

/// <summary>A finding on a draft: where, what, why (the evidence), and how to fix it.</summary>
public sealed record Diagnostic(
    RuleDescriptor Rule,
    TextSpan Span,
    string Message,
    Severity Severity,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<Fix> Fixes,
    IReadOnlyList<RelatedLocation> Related,
    Claim? Claim = null)
{
    public string Id => Rule.Id;
    public Category Category => Rule.Category;
}
