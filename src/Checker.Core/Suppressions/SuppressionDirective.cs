using Checker.Core.Text;

namespace Checker.Core.Suppressions;

public enum DirectiveKind { Disable, Enable, DisableNextLine, DisableFile, Ignore }

/// <summary>
/// One <c>&lt;!-- checker-... --&gt;</c> comment in a draft. <see cref="Rules"/> empty means every rule.
/// <see cref="Evidence"/> is set only for <c>checker-ignore</c>: the fingerprint of the finding it silences.
/// </summary>
public sealed record SuppressionDirective(DirectiveKind Kind, IReadOnlySet<string> Rules, TextSpan Span, string? Evidence = null)
{
    public bool Covers(string ruleId) => Rules.Count == 0 || Rules.Contains(ruleId);
}

/// <summary>A comment that looks like a directive but is not one (a typo, a bad rule ID): reported, never guessed at.</summary>
public sealed record DirectiveProblem(TextSpan Span, string Message);
