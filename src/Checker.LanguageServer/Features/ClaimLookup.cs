using Checker.Core.Diagnostics;
using Checker.Core.Matching;
using Checker.Core.Text;
using Checker.LanguageServer.Checking;

namespace Checker.LanguageServer.Features;

/// <summary>Finds what a checked draft says at an offset or within a span (a cursor at a claim's end still counts).</summary>
public static class ClaimLookup
{
    public static Judgement? JudgementAt(this AnalysedDraft draft, int offset) =>
        draft.Result.Judgements.FirstOrDefault(j => Touches(j.Claim.Span, new TextSpan(offset, offset)));

    public static IEnumerable<Judgement> JudgementsIn(this AnalysedDraft draft, TextSpan span) =>
        draft.Result.Judgements.Where(j => Touches(j.Claim.Span, span));

    public static IEnumerable<Diagnostic> DiagnosticsIn(this AnalysedDraft draft, TextSpan span) =>
        draft.Result.Diagnostics.Where(d => Touches(d.Span, span));

    private static bool Touches(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
