using Checker.Core.Facts;

namespace Checker.Core.Matching;

/// <summary>
/// The lists and maps <see cref="FactMatcher"/> fills while judging one claim, one set per thread and cleared before
/// each use: a check judges thousands of claims, and making them anew for each was much of what judging allocated.
/// Per thread, not per matcher, because one checker may judge drafts on several threads at once (the language server
/// checks each document on the thread pool). Nothing here outlives the judging of a claim.
/// </summary>
internal sealed class JudgeScratch
{
    [ThreadStatic] private static JudgeScratch? _ofThisThread;

    public static JudgeScratch ForThisThread => _ofThisThread ??= new JudgeScratch();

    /// <summary>What the context index found for the claim.</summary>
    public List<IndexedMatch> Matches { get; } = [];

    /// <summary>The candidates in the order found, a replaced series' candidate leaving a null slot (JudgeQuantity).</summary>
    public List<(Candidate Candidate, Fact Current)?> Slots { get; } = [];

    /// <summary>By the index's series key: the slot of the series' candidate, or -1 (seen, no candidate).</summary>
    public Dictionary<int, int> SlotOfSeries { get; } = [];

    /// <summary>Each series judged so far for this claim, judged once.</summary>
    public Dictionary<FactSeries, (Verdict, Finding, Fact?, Fact?)> JudgedSeries { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The candidates handed to the decision.</summary>
    public List<(Candidate Candidate, Fact Current)> Candidates { get; } = [];

    /// <summary>This thread's scratch, every list and map emptied.</summary>
    public static JudgeScratch Cleared()
    {
        var scratch = ForThisThread;
        scratch.Matches.Clear();
        scratch.Slots.Clear();
        scratch.SlotOfSeries.Clear();
        scratch.JudgedSeries.Clear();
        scratch.Candidates.Clear();
        return scratch;
    }
}
