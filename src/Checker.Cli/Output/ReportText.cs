using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Cli.Output;

/// <summary>The words reports use for the engine's enums, in one place so every format agrees.</summary>
public static class ReportText
{
    public static string Severity(Severity s) => s switch
    {
        Core.Diagnostics.Severity.Error => "error",
        Core.Diagnostics.Severity.Warning => "warning",
        Core.Diagnostics.Severity.Information => "info",
        _ => "hint",
    };

    public static string Category(Category c) => c.ToString().ToLowerInvariant();

    public static string Verdict(Verdict v) => v.ToString().ToLowerInvariant();

    public static string Kind(ClaimKind k) => k.ToString().ToLowerInvariant();

    /// <summary>A claim's verdict in a report: a self-contradiction the rules found outranks "unsupported".</summary>
    public static string ClaimVerdict(Judgement j, IEnumerable<Diagnostic> diagnostics) =>
        j.Verdict is Core.Matching.Verdict.Unsupported or Core.Matching.Verdict.Supported
        && diagnostics.Any(d => d.Category == Core.Diagnostics.Category.Internal && d.Claim == j.Claim)
            ? "internal"
            : Verdict(j.Verdict);
}
