using Checker.Core.Matching;
using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Features;

/// <summary>The draft's claims counted by verdict, for the editor's status bar.</summary>
public static class ClaimCounts
{
    public static ClaimCountsParams Of(AnalysedDraft draft)
    {
        int Count(Verdict verdict) => draft.Result.Judgements.Count(j => j.Verdict == verdict);
        return new ClaimCountsParams(draft.Document.Uri, draft.Document.Version, Count(Verdict.Supported), Count(Verdict.Refuted),
            Count(Verdict.Stale), Count(Verdict.Unsupported), Count(Verdict.Qualifier), Count(Verdict.Internal));
    }
}
