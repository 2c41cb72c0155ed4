using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Matching;

namespace Checker.Analyzers.Rules;

/// <summary>
/// The draft states one quantity two ways ("more than 30 countries", later "the 30 countries"). Reported on the later
/// statement, pointing at the earlier one, and only when the fact base has not already flagged either.
/// </summary>
[Rule]
public sealed class FC4001DraftContradictsItself : IRule
{
    /// <summary>When a source backs one of the two, statements this alike in context (and with the same head) speak of one quantity.</summary>
    public const double SourcedSimilarity = 0.3;

    /// <summary>With no source backing either, only near-identical contexts are taken to speak of one quantity.</summary>
    public const double UnsourcedSimilarity = 0.6;

    public RuleDescriptor Descriptor { get; } = RuleDescriptor.Create("FC4001", "Draft contradicts itself",
        Category.Internal, Severity.Warning, "Two statements in the draft give the same quantity incompatible values.");

    public void Analyze(RuleContext context)
    {
        // Only statements with the same comparison key can be of one quantity (see SameQuantity), so pairs are looked
        // for within each group, in draft order: the same pairs as comparing every two, without the n² over a long draft.
        // Groups are taken in the order of their first statement.
        var groups = new Dictionary<StatementKey, List<Judgement>>();
        var inOrder = new List<List<Judgement>>();
        foreach (var j in context.Judgements)
        {
            if (j.Verdict is not (Verdict.Supported or Verdict.Unsupported) || j.Claim is not QuantityClaim claim) continue;
            if (ComparisonKey(context, claim) is not { } key) continue;
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
                inOrder.Add(group);
            }
            group.Add(j);
        }
        // A statement alone in its group has nothing to contradict.
        foreach (var quiet in inOrder)
        {
            if (quiet.Count > 1) AnalyzeGroup(context, quiet);
        }
    }

    /// <summary>
    /// How many earlier statements of one quantity a statement is compared with. A real draft states one quantity a
    /// handful of times; a generated or pasted one may state it thousands of times, which must not make the check quadratic.
    /// </summary>
    public const int MaxEarlierStatements = 256;

    /// <summary>
    /// What two statements must share to be of one quantity: kind, counted noun (as a term; "" for other kinds), time
    /// anchor (its kind and year; none for an unanchored figure) and head (its terms in ordinal order, space-separated).
    /// </summary>
    private readonly record struct StatementKey(ClaimKind Kind, string Noun, AnchorKind? Anchor, int AnchorYear, string Head);

    /// <summary>The statement's <see cref="StatementKey"/>; null when a statement can never be compared.</summary>
    private static StatementKey? ComparisonKey(RuleContext context, QuantityClaim c)
    {
        // Durations measure too many different spans ("four years of war", "the next five years") to compare here.
        if (c.Kind == ClaimKind.Duration || c.Context.Head.Count == 0) return null;
        // The whole head, not a shared word: "military assistance" and "humanitarian assistance" are two quantities.
        var noun = c.Kind == ClaimKind.Count ? context.Facts.Lexicon.Term(c.Noun) ?? "" : "";
        return new StatementKey(c.Kind, noun, c.Anchor?.Kind, c.Anchor?.From.Year ?? 0, HeadText(c.Context.Head));
    }

    /// <summary>The head's terms in ordinal order, separated by spaces (most heads are one word).</summary>
    private static string HeadText(IReadOnlySet<string> head)
    {
        if (head.Count == 1) return head.First();
        var terms = head.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        return string.Join(" ", terms);
    }

    private static void AnalyzeGroup(RuleContext context, List<Judgement> quiet)
    {
        var similarity = new SentenceSimilarity(quiet.Select(j => j.Claim.Context).ToList(), context.Facts.Terms);
        // By place in the group: a claim is in one group only, so only this loop can report it.
        var reported = new bool[quiet.Count];
        for (var b = 0; b < quiet.Count; b++)
        {
            var later = (QuantityClaim)quiet[b].Claim;
            // A statement already reported is compared no further.
            if (reported[b]) continue;
            for (var a = Math.Max(0, b - MaxEarlierStatements); a < b; a++)
            {
                // Every test below only passes the pair by; the cheap ones come first, the context score last.
                // Two figures the sources both back are two true statements, not a contradiction.
                if (quiet[a].Verdict == Verdict.Supported && quiet[b].Verdict == Verdict.Supported) continue;
                // When the fact base supports one of them, the other is the one to fix.
                var earlierIsTarget = quiet[b].Verdict == Verdict.Supported && quiet[a].Verdict == Verdict.Unsupported;
                var targetIndex = earlierIsTarget ? a : b;
                if (reported[targetIndex]) continue;
                var earlier = (QuantityClaim)quiet[a].Claim;
                var (target, other) = earlierIsTarget ? (earlier, later) : (later, earlier);
                if (QuantityComparer.Compare(target, other).Verdict == Verdict.Supported) continue;
                var sourced = quiet[a].Verdict == Verdict.Supported || quiet[b].Verdict == Verdict.Supported;
                if (!SameQuantity(similarity, a, b, earlier, later, sourced ? SourcedSimilarity : UnsourcedSimilarity)) continue;
                reported[targetIndex] = true;
                context.Report(target.Span, $"The draft says {other.Text} elsewhere about the same thing; here it says {target.Text}.",
                    fixes: QuantityFixes.ReplaceWithSource(target, other),
                    related: [new RelatedLocation(other.Span, $"The draft says {other.Text} here.")], claim: target);
                if (ReferenceEquals(target, later)) break;
            }
        }
    }

    /// <summary>
    /// Whether two statements of one group (so already of one kind, noun, time anchor and head: see
    /// <see cref="ComparisonKey"/>) speak of one quantity: their currencies agree, and the rest of their own sentences
    /// are alike (neighbouring sentences would make any two adjacent paragraphs look alike).
    /// </summary>
    /// <remarks>The statements are <paramref name="a"/> and <paramref name="b"/>, at <paramref name="aIndex"/> and <paramref name="bIndex"/> of <paramref name="similarity"/>'s group.</remarks>
    private static bool SameQuantity(SentenceSimilarity similarity, int aIndex, int bIndex, QuantityClaim a, QuantityClaim b, double threshold) =>
        QuantityComparer.UnitsAgree(a, b) && QuantityComparer.UnitsAgree(b, a) && similarity.Score(aIndex, bIndex) >= threshold;
}
