using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// Builds a claim's <see cref="ClaimContext"/>. Weights, highest first: the head (the noun phrase the figure
/// measures: "$6.5 billion in military assistance", "$81.8-billion defence investment", "defence investment of
/// $91.8 billion", a table cell's row header), the clause around the figure, the rest of its sentence, and the
/// sentences just before and after it.
/// </summary>
public static class ContextBuilder
{
    public const double HeadWeight = 3.0;
    public const double ClauseWeight = 1.0;
    public const double SentenceWeight = 0.5;
    public const double NeighbourWeight = 0.2;

    private static readonly WordSet ClauseBreakWords = new(
    [
        "and", "including", "includes", "include", "which", "while", "but", "whereas", "although", "alongside", "plus", "after",
        "before", "because", "though", "whose", "who",
    ]);

    // Words that link a noun phrase to the figure after it: "investment of $91.8 billion", "assistance stood at $1.8 billion".
    private static readonly WordSet LinkingWords = new(
    [
        "of", "at", "to", "totalling", "totaling", "worth", "reached", "was", "is", "were", "are", "stood", "stands", "amounts",
        "amounted", "valued", "estimated", "totals", "totalled", "topped", "hit", "reaching", "be", "been", "now", "will",
        "cost", "costs", "costing", "spent", "spend", "spends", "spending", "paid", "pay", "pays", "received", "receives", "raised",
        "budgeted", "allocated", "earmarked", "lasted", "has", "have", "had", "lasting", "for", "rose", "fell", "grew", "climbed", "dropped", "increased", "decreased",
    ]);

    // Words that lead from a figure to the noun phrase it measures: "$1.8 billion committed in military assistance".
    private static readonly WordSet LeadingPrepositions = new(
    [
        "in", "of", "for", "on", "worth",
    ]);

    private static readonly WordSet PhraseStops = new(
    [
        "to", "since", "from", "by", "at", "over", "in", "for", "with", "that", "which", "of", "on", "into", "under", "as",
        "the", "a", "an", "and", "or", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "this",
        "after", "before", "during", "between", "per", "than", "its", "their", "it", "they", "who",
    ]);

    /// <param name="blockContext">A table cell's row and column headers, tokenized: they name what the cell's figure measures.</param>
    /// <param name="heading">The section heading, tokenized: weak context, like the neighbouring sentences.</param>
    public static ClaimContext Build(Lexicon.Lexicon lexicon, IReadOnlyList<Token> sentence, TextSpan claimSpan, ClaimKind kind,
        IReadOnlyList<Token> blockContext, IEnumerable<IReadOnlyList<Token>> neighbours, IReadOnlyList<Token> heading)
    {
        var termOf = new TokenTerms(lexicon);
        return Build(termOf, sentence, Terms(termOf, sentence), claimSpan, kind, blockContext,
            SurroundingTerms(neighbours.Select(n => Terms(termOf, n)).ToList(), Terms(termOf, heading)));
    }

    /// <summary>
    /// Each token's term (null for a stop word, a number other than a year, punctuation). Worked out once per sentence:
    /// a sentence's terms serve its own claims and both its neighbours' (looking each token up again per claim and per
    /// neighbour was the largest share of extraction).
    /// </summary>
    internal static string?[] Terms(TokenTerms termOf, IReadOnlyList<Token> tokens)
    {
        var terms = new string?[tokens.Count];
        FillTerms(termOf, tokens, terms);
        return terms;
    }

    /// <summary><see cref="Terms"/> written into the first <c>tokens.Count</c> places of <paramref name="terms"/>.</summary>
    internal static void FillTerms(TokenTerms termOf, IReadOnlyList<Token> tokens, string?[] terms)
    {
        for (var k = 0; k < tokens.Count; k++) terms[k] = termOf.Of(tokens[k].Text);
    }

    /// <summary><see cref="Terms"/> as term numbers (<see cref="TokenTerms.IdOf(string)"/>, -1 for none).</summary>
    internal static int[] TermIds(TokenTerms termOf, IReadOnlyList<Token> tokens)
    {
        var terms = new int[tokens.Count];
        FillTermIds(termOf, tokens, terms);
        return terms;
    }

    /// <summary><see cref="TermIds"/> written into the first <c>tokens.Count</c> places of <paramref name="terms"/>.</summary>
    internal static void FillTermIds(TokenTerms termOf, IReadOnlyList<Token> tokens, int[] terms)
    {
        for (var k = 0; k < tokens.Count; k++) terms[k] = termOf.IdOf(tokens[k]);
    }

    /// <summary>
    /// The weak context every claim of a sentence shares: the terms of the neighbouring sentences and of the section
    /// heading, all at <see cref="NeighbourWeight"/>, in order of first appearance. Worked out once per sentence and
    /// copied for each claim; the copy keeps the insertion order, so each claim's weights enumerate exactly as before.
    /// </summary>
    internal static Dictionary<string, double> SurroundingTerms(IReadOnlyList<string?[]> neighbours, string?[] heading)
    {
        // Sized for every term at once: regrowing it was most of its cost.
        var weights = new Dictionary<string, double>(neighbours.Sum(n => n.Length) + heading.Length, StringComparer.Ordinal);
        // One weight for all: a term seen again keeps its place and weight.
        foreach (var terms in neighbours)
            foreach (var term in terms)
                if (term is not null) weights.TryAdd(term, NeighbourWeight);
        foreach (var term in heading)
            if (term is not null) weights.TryAdd(term, NeighbourWeight);
        return weights;
    }

    /// <summary>
    /// <see cref="SurroundingTerms(IReadOnlyList{string?[]}, string?[])"/> for at most one sentence on each side, as
    /// extraction has them, filling a dictionary it keeps from sentence to sentence.
    /// </summary>
    /// <param name="before">The terms of the sentence before (empty for none).</param>
    /// <param name="after">The terms of the sentence after (empty for none).</param>
    /// <param name="into">A dictionary to clear and fill (one per extraction: the terms are copied into each claim's).</param>
    internal static Dictionary<string, double> SurroundingTerms(ReadOnlySpan<string?> before, ReadOnlySpan<string?> after,
        ReadOnlySpan<string?> heading, Dictionary<string, double> into)
    {
        var weights = into;
        weights.Clear();
        // One weight for all: a term seen again keeps its place and weight.
        foreach (var term in before)
            if (term is not null) weights.TryAdd(term, NeighbourWeight);
        foreach (var term in after)
            if (term is not null) weights.TryAdd(term, NeighbourWeight);
        foreach (var term in heading)
            if (term is not null) weights.TryAdd(term, NeighbourWeight);
        return weights;
    }

    /// <summary>
    /// <see cref="SurroundingTerms(ReadOnlySpan{string?}, ReadOnlySpan{string?}, ReadOnlySpan{string?}, Dictionary{string, double})"/>
    /// by term numbers, as extraction works them out: the same terms in the same order.
    /// </summary>
    internal static ContextWeights SurroundingTerms(ReadOnlySpan<int> before, ReadOnlySpan<int> after, ReadOnlySpan<int> heading, ContextWeights into)
    {
        into.Clear();
        foreach (var term in before)
            if (term >= 0) into.TryAdd(term, NeighbourWeight);
        foreach (var term in after)
            if (term >= 0) into.TryAdd(term, NeighbourWeight);
        foreach (var term in heading)
            if (term >= 0) into.TryAdd(term, NeighbourWeight);
        return into;
    }

    /// <summary>The claim's first and last token in its sentence (at least the first token), and its clause's tokens.</summary>
    private static (int First, int Last, int ClauseStart, int ClauseEnd) ClaimAndClause(IReadOnlyList<Token> sentence, TextSpan claimSpan)
    {
        var (first, last) = TokenRange(sentence, claimSpan);
        if (first < 0) first = 0;
        if (last < first) last = first;
        var (clauseStart, clauseEnd) = Clause(sentence, first, last);
        return (first, last, clauseStart, clauseEnd);
    }

    /// <summary>Gives a term at least this weight.</summary>
    private static void Raise(Dictionary<string, double> weights, string? term, double weight)
    {
        if (term is null) return;
        // One lookup, not two: a new term is added where the old code added it, so the order is unchanged.
        ref var w = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(weights, term, out var exists);
        if (!exists || w < weight) w = weight;
    }

    /// <param name="sentenceTerms">From <see cref="Terms"/> for <paramref name="sentence"/>.</param>
    /// <param name="surrounding">From <see cref="SurroundingTerms"/>; copied, never changed.</param>
    internal static ClaimContext Build(TokenTerms termOf, IReadOnlyList<Token> sentence, ReadOnlySpan<string?> sentenceTerms, TextSpan claimSpan,
        ClaimKind kind, IReadOnlyList<Token> blockContext, Dictionary<string, double> surrounding)
    {
        var endsWithNoun = kind == ClaimKind.Count;
        // Filled in the surrounding terms' order, then the sentence's, then the head's; never regrown.
        var weights = new Dictionary<string, double>(surrounding.Count + sentence.Count + blockContext.Count, StringComparer.Ordinal);
        foreach (var (term, weight) in surrounding) weights.Add(term, weight);
        var (first, last, clauseStart, clauseEnd) = ClaimAndClause(sentence, claimSpan);
        for (var k = 0; k < sentence.Count; k++)
        {
            if (k >= first && k <= last && !(endsWithNoun && k == last)) continue;
            Raise(weights, sentenceTerms[k], k >= clauseStart && k < clauseEnd ? ClauseWeight : SentenceWeight);
        }

        // A date's head is the event it dates: the words of its clause. Other figures name what they measure.
        var words = new List<int>();
        var ofClause = HeadWordIndices(sentence, kind, first, last, clauseStart, clauseEnd, words);
        // Sized for every head term it may get, so it never regrows; enumerates in insertion order as before. A clause's stop
        // words have no term: counted, a date's or title's head (kept as long as the check) was twice the size it needed.
        var head = new HashSet<string>((ofClause ? CountTerms(sentenceTerms, words) : words.Count) + blockContext.Count, StringComparer.Ordinal);
        foreach (var k in words) AddHead(weights, head, sentenceTerms[k]);
        foreach (var t in blockContext) AddHead(weights, head, termOf.Of(t.Text));
        return new ClaimContext(weights, head);
    }

    /// <summary>
    /// The <see cref="Build(TokenTerms, IReadOnlyList{Token}, ReadOnlySpan{string?}, TextSpan, ClaimKind, IReadOnlyList{Token}, Dictionary{string, double})"/>
    /// extraction uses, by term numbers: the same weights in the same order and the same head, worked out in
    /// <paramref name="weights"/> (cleared first; one per extraction) instead of a dictionary. The dictionary form stays as
    /// the reference the tests compare this one with.
    /// </summary>
    /// <param name="sentenceTerms">From <see cref="FillTermIds"/> for <paramref name="sentence"/>.</param>
    /// <param name="surrounding">From <see cref="SurroundingTerms(ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{int}, ContextWeights)"/>; copied, never changed.</param>
    /// <param name="words">Where the head's words are gathered (cleared first; one per extraction, like <paramref name="weights"/>).</param>
    internal static ClaimContext Build(TokenTerms termOf, IReadOnlyList<Token> sentence, ReadOnlySpan<int> sentenceTerms, TextSpan claimSpan,
        ClaimKind kind, IReadOnlyList<Token> blockContext, ContextWeights surrounding, ContextWeights weights, List<int> words)
    {
        var endsWithNoun = kind == ClaimKind.Count;
        weights.CopyFrom(surrounding);
        var (first, last, clauseStart, clauseEnd) = ClaimAndClause(sentence, claimSpan);
        for (var k = 0; k < sentence.Count; k++)
        {
            if (k >= first && k <= last && !(endsWithNoun && k == last)) continue;
            if (sentenceTerms[k] >= 0) weights.Raise(sentenceTerms[k], k >= clauseStart && k < clauseEnd ? ClauseWeight : SentenceWeight);
        }

        words.Clear();
        var ofClause = HeadWordIndices(sentence, kind, first, last, clauseStart, clauseEnd, words);
        var head = new HashSet<string>((ofClause ? CountTerms(sentenceTerms, words) : words.Count) + blockContext.Count, StringComparer.Ordinal);
        foreach (var k in words) AddHead(termOf, weights, head, sentenceTerms[k]);
        foreach (var t in blockContext) AddHead(termOf, weights, head, termOf.IdOf(t));
        return new ClaimContext(weights.ToTermWeights(termOf), head);
    }

    private static int CountTerms(ReadOnlySpan<int> sentenceTerms, List<int> words)
    {
        var count = 0;
        foreach (var k in words)
            if (sentenceTerms[k] >= 0) count++;
        return count;
    }

    private static void AddHead(TokenTerms termOf, ContextWeights weights, HashSet<string> head, int term)
    {
        if (term < 0) return;
        head.Add(termOf.Text(term));
        weights.Set(term, HeadWeight);
    }

    private static int CountTerms(ReadOnlySpan<string?> sentenceTerms, List<int> words)
    {
        var count = 0;
        foreach (var k in words)
            if (sentenceTerms[k] is not null) count++;
        return count;
    }

    private static void AddHead(Dictionary<string, double> weights, HashSet<string> head, string? term)
    {
        if (term is null) return;
        head.Add(term);
        weights[term] = HeadWeight;
    }

    /// <summary>The first token starting at or after the claim and the last ending at or before its end (-1 when none), without copying the sentence.</summary>
    private static (int First, int Last) TokenRange(IReadOnlyList<Token> sentence, TextSpan claimSpan)
    {
        int first = -1, last = -1;
        for (var k = 0; k < sentence.Count; k++)
        {
            if (first < 0 && sentence[k].Span.Start >= claimSpan.Start) first = k;
            if (sentence[k].Span.End <= claimSpan.End) last = k;
        }
        return (first, last);
    }

    /// <summary>
    /// Adds to <paramref name="words"/> (empty) the indices in <paramref name="sentence"/> of the words of the claim's head,
    /// in order: a date's or title's clause words, another claim's noun phrase. Indices, not texts: the sentence's terms
    /// are at hand by index, and a list of texts per claim was garbage.
    /// </summary>
    /// <returns>Whether the words are a clause's (whose stop words have no term).</returns>
    private static bool HeadWordIndices(IReadOnlyList<Token> sentence, ClaimKind kind, int first, int last, int clauseStart, int clauseEnd,
        List<int> words)
    {
        if (kind is ClaimKind.Date or ClaimKind.Title)
        {
            ClauseWords(sentence, clauseStart, clauseEnd, first, last, words);
            return true;
        }
        HeadWords(sentence, first, last, kind == ClaimKind.Count, words);
        return false;
    }

    /// <summary>The clause's other words; when the clause is the date alone ("Earlier this year, the EU …"), the sentence's.</summary>
    private static void ClauseWords(IReadOnlyList<Token> s, int clauseStart, int clauseEnd, int first, int last, List<int> words)
    {
        for (var k = clauseStart; k < clauseEnd; k++)
            if (IsOther(s, k, first, last)) words.Add(k);
        if (words.Count > 0) return;
        for (var k = 0; k < s.Count; k++)
            if (IsOther(s, k, first, last)) words.Add(k);
    }

    private static bool IsOther(IReadOnlyList<Token> s, int k, int first, int last) => (k < first || k > last) && s[k].IsWord;

    private static (int Start, int End) Clause(IReadOnlyList<Token> s, int first, int last)
    {
        var start = first;
        while (start > 0 && !IsBreak(s[start - 1])) start--;
        var end = last + 1;
        while (end < s.Count && !IsBreak(s[end])) end++;
        return (start, end);
    }

    private static bool IsBreak(Token t) =>
        t.Kind == TokenKind.Punct && t.Text is "," or ";" or ":" or "\u2014" or "\u2013" or "(" or ")" or "\u2029"
        || (t.IsWord && ClauseBreakWords.Contains(t.Text));

    /// <summary>The words of the noun phrase the figure measures.</summary>
    private static void HeadWords(IReadOnlyList<Token> s, int first, int last, bool endsWithNoun, List<int> words)
    {
        // A counted noun is its own head: "30 countries", "four years".
        if (endsWithNoun)
        {
            words.Add(last);
            return;
        }

        // After the figure: "$6.5 billion in military assistance", "$1.8 billion committed in ...", "$81.8-billion defence investment".
        var k = last + 1;
        var skipped = 0;
        while (k < s.Count && skipped < 2 && s[k].IsWord && s[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) { k++; skipped++; }
        if (k < s.Count && s[k].IsWord && LeadingPrepositions.Contains(s[k].Text)) k++;
        if (Phrase(s, k, +1, words) > 0) return;

        // Before the figure: "defence investment of $91.8 billion", "military assistance stood at $1.8 billion".
        var b = first - 1;
        var links = 0;
        while (b >= 0 && links < 3 && s[b].IsWord && LinkingWords.Contains(s[b].Text)) { b--; links++; }
        if (links > 0) Phrase(s, b, -1, words);
    }

    private static readonly WordSet PostModifierPrepositions = new(["from", "of", "for", "to"]);

    /// <summary>
    /// The noun phrase starting at <paramref name="k"/>, read forwards or backwards. Read backwards, a phrase may carry one
    /// prepositional modifier ("military assistance from Canada reached …").
    /// </summary>
    /// <returns>How many words it added to <paramref name="words"/> (their indices, in reading order).</returns>
    private static int Phrase(IReadOnlyList<Token> s, int k, int direction, List<int> words)
    {
        var count = 0;
        var crossed = false;
        while (k >= 0 && k < s.Count && count < (crossed ? 5 : 3))
        {
            var t = s[k];
            if (t.Kind == TokenKind.Punct && t.Text is "-" && t.Joined) { k += direction; continue; }
            if (direction < 0 && !crossed && count > 0 && t.IsWord && PostModifierPrepositions.Contains(t.Text)
                && k - 1 >= 0 && s[k - 1].IsWord && !PhraseStops.Contains(s[k - 1].Text))
            {
                crossed = true;
                k += direction;
                continue;
            }
            if (!t.IsWord || PhraseStops.Contains(t.Text)) break;
            words.Add(k);
            count++;
            k += direction;
        }
        return count;
    }
}
