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
    public static string ClaimVerdict(Judgement j, IEnumerable<Diagnostic> diagnostics) => ClaimVerdict(j, InternalClaims(diagnostics));

    /// <summary>The same, against <see cref="InternalClaims"/> computed once per file (linear, where a scan per claim was quadratic).</summary>
    public static string ClaimVerdict(Judgement j, IReadOnlySet<Claim> internalClaims) =>
        j.Verdict is Core.Matching.Verdict.Unsupported or Core.Matching.Verdict.Supported && internalClaims.Contains(j.Claim)
            ? "internal"
            : Verdict(j.Verdict);

    /// <summary>The claims an internal-consistency diagnostic was reported on.</summary>
    public static IReadOnlySet<Claim> InternalClaims(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Where(d => d.Category == Core.Diagnostics.Category.Internal && d.Claim is not null)
            .Select(d => d.Claim!).ToHashSet<Claim>(ReferenceEqualityComparer.Instance);
}
