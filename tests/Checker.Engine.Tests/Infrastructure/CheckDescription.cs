using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Incremental;

namespace Checker.Engine.Tests.Infrastructure;

/// <summary>
/// A check's result written out in full, one line per judgement, diagnostic and suppressed diagnostic: every claim's
/// spans and signature, every candidate's exact score, every diagnostic's evidence, fixes and related locations. Two
/// checks that should agree are compared through it.
/// </summary>
internal static class CheckDescription
{
    public static List<string> Of(CheckResult result) =>
        result.Judgements.Select(j => $"{Claim(j.Claim)} => {j.Verdict} {j.Finding} {j.Fact?.Id} {j.Current?.Id} {j.Reason} " +
                                      string.Join(",", j.Candidates.Select(c => $"{c.Fact.Id}:{c.Score:R}:{c.Verdict}")))
            .Concat(result.Diagnostics.Select(d => "diagnostic " + Diagnostic(d)))
            .Concat(result.Suppressed.Select(d => "suppressed " + Diagnostic(d)))
            .ToList();

    private static string Claim(Claim c)
    {
        var spans = c switch
        {
            QuantityClaim q => $"{q.FigureSpan}",
            TitleClaim t => $"{t.PersonSpan}{t.OfficeSpan}",
            _ => "",
        };
        return $"{c.Span}{c.SentenceSpan}{c.Anchor?.Span}{spans} {ClaimSignature.Of(c, default)}";
    }

    private static string Diagnostic(Core.Diagnostics.Diagnostic d) =>
        $"{d.Id} {d.Span} {d.Severity} {d.Message} [{string.Join(" | ", d.Evidence.Select(e => e.Text))}] " +
        $"[{string.Join(" | ", d.Fixes.Select(f => f.Title + ":" + string.Join(",", f.Edits.Select(e => e.Span + e.NewText))))}] " +
        $"[{string.Join(" | ", d.Related.Select(r => r.Span + r.Message))}] {(d.Claim is null ? "" : Claim(d.Claim))}";
}
