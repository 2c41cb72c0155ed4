using Checker.Core.Incremental;
using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// Reads the claims of stretches of a document's sentences for <see cref="ClaimExtractor"/>: runs the recognizers over
/// each sentence, keeps the first claim over any span, and gives each claim its sentence, context and time anchor.
/// It holds what one thread works with (the terms worked out so far, the weights' scratch space, the tokens' pool), so
/// several can read different stretches of one draft at once, one per thread; each stretch's claims are exactly those
/// a single reader of the whole draft gives it, because a sentence's claims depend only on it, its neighbours and its block.
/// </summary>
internal sealed class SentenceClaimReader
{
    private readonly ProseDocument _document;
    private readonly RecognizerOptions _options;
    private readonly IReadOnlyList<IClaimRecognizer> _recognizers;
    // Tokenized on demand: a reused sentence needs no tokens, unless a neighbour of it is read again.
    private readonly Func<int, IReadOnlyList<Token>> _tokensOf;
    private readonly TokenTextPool _pool;
    // Each sentence's terms, worked out once: they serve its claims and its neighbours', by term number (see ContextBuilder.TermIds).
    private readonly TokenTerms _termOf;
    private readonly RecentSentenceTerms _recentTerms;
    // Where each claim's weights are worked out before being copied at their exact size (see ContextBuilder.Build).
    private readonly ContextWeights _scratch = new();
    private readonly ContextWeights _surroundingScratch = new();
    private readonly List<int> _headWords = [];
    // One sentence's claims, in the order the recognizers found them; the list is used again for the next sentence.
    private readonly List<Claim> _found = [];
    // The framing text (a heading, a table's headers) tokenized last, and its tokens and terms: the blocks of a section
    // share their heading's text.
    private string? _framingText;
    private List<Token> _framing = [];
    private int[] _framingTerms = [];

    /// <param name="tokensOf">The tokens of a sentence of <paramref name="document"/>, by index.</param>
    /// <param name="pool">The pool for the tokens of framing text (a block's heading), this thread's own.</param>
    public SentenceClaimReader(ProseDocument document, RecognizerOptions options, IReadOnlyList<IClaimRecognizer> recognizers, Lexicon.Lexicon lexicon,
        Func<int, IReadOnlyList<Token>> tokensOf, TokenTextPool pool)
    {
        _document = document;
        _options = options;
        _recognizers = recognizers;
        _tokensOf = tokensOf;
        _pool = pool;
        _termOf = new TokenTerms(lexicon);
        _recentTerms = new RecentSentenceTerms(_termOf);
    }

    /// <summary>
    /// Adds the claims of sentences <paramref name="from"/> to <paramref name="to"/> (exclusive) to <paramref name="claims"/>,
    /// in order. Stretches given to one reader must come in the order of the draft.
    /// </summary>
    /// <param name="reuse">
    /// For the language server: sentences whose <see cref="SentenceKey"/> the previous version of the draft (or an earlier
    /// sentence of this one) already had get that sentence's claims, moved, instead of being tokenized and read again.
    /// </param>
    public void Read(int from, int to, List<Claim> claims, ExtractionReuse? reuse)
    {
        var document = _document;
        var options = _options;
        var recognizers = _recognizers;
        var sentences = document.Sentences;
        var proseTexts = reuse is null ? null : new string?[sentences.Count];
        string ProseText(int index) => proseTexts![index] ??= document.ProseText(sentences[index].Span);

        for (var si = from; si < to; si++)
        {
            var sentence = sentences[si];
            var block = document.Blocks[sentence.BlockIndex];
            var (before, after) = NeighbourIndices(document, si);
            SentenceKey key = default;
            if (reuse is not null)
            {
                key = new SentenceKey(document.SourceText(sentence.Span), ProseText(si), before < 0 ? null : ProseText(before),
                    after < 0 ? null : ProseText(after), block.Kind == BlockKind.TableCell, block.Context);
                if (reuse.TryReuse(key, sentence.Span.Start, options, out var known))
                {
                    claims.AddRange(known);
                    continue;
                }
                reuse.Extracted();
            }
            var sentenceTokens = _tokensOf(si);
            var input = new SentenceInput(document, sentence, sentenceTokens, options);
            _found.Clear();
            for (var r = 0; r < recognizers.Count; r++)
            {
                var recognized = recognizers[r].Recognize(input);
                if (recognized is IReadOnlyList<Claim> list)
                {
                    for (var c = 0; c < list.Count; c++) AddUnlessOverlapping(_found, list[c]);
                }
                else
                {
                    foreach (var claim in recognized) AddUnlessOverlapping(_found, claim);
                }
            }
            // A sentence without claims needs no context (nor its neighbours' terms).
            if (_found.Count == 0)
            {
                reuse?.Remember(key, sentence.Span.Start, []);
                continue;
            }
            // Framing text is tokenized once per run of blocks that share it, not once per sentence or claim (sentences come in block order).
            if (!string.Equals(block.Context, _framingText))
            {
                _framingText = block.Context;
                _framing = Tokenize(block.Context, _pool);
                _framingTerms = ContextBuilder.TermIds(_termOf, _framing);
            }
            var firstOfSentence = claims.Count;
            var blockContext = block.Kind == BlockKind.TableCell ? _framing : [];
            var surrounding = ContextBuilder.SurroundingTerms(before < 0 ? [] : _recentTerms.Of(before, _tokensOf),
                after < 0 ? [] : _recentTerms.Of(after, _tokensOf), block.Kind == BlockKind.TableCell ? [] : _framingTerms, _surroundingScratch);
            var sentenceTerms = _recentTerms.Of(si, _tokensOf);
            // A time anchor read from a table's headers has a span in the header text, not in the draft, which the
            // anchored-date step below compares with the draft's spans: such a sentence's claims depend on where it stands.
            var anchoredByFraming = false;
            SortByStart(_found);
            for (var c = 0; c < _found.Count; c++)
            {
                var claim = _found[c];
                claim.SentenceSpan = sentence.Span;
                claim.Context = ContextBuilder.Build(_termOf, sentenceTokens, sentenceTerms, claim.Span, claim.Kind, blockContext, surrounding, _scratch, _headWords);
                var first = IndexOf(sentenceTokens, claim.Span.Start);
                var last = IndexOf(sentenceTokens, claim.Span.End - 1) + 1;
                // A date is its own time; figures are dated by the nearest time phrase.
                if (claim is not DateClaim) claim.Anchor ??= TimeAnchorReader.Read(sentenceTokens, first, last);
                // A table cell's figure is dated by its row or column header ("Military assistance since 2022").
                if (claim is not DateClaim && claim.Anchor is null && blockContext.Count > 0)
                {
                    claim.Anchor = TimeAnchorReader.Read(blockContext, 0, 0);
                    anchoredByFraming |= claim.Anchor is not null;
                }
                claims.Add(claim);
            }
            // A date that dates a figure ("In 2023, assistance stood at $1.8 billion") belongs to that figure, not to an event.
            // Only this sentence's claims can be such dates: looking at earlier sentences' claims made extraction quadratic.
            var anchors = FigureAnchorSpans(_found);
            if (anchors is not null) DropAnchoringDates(claims, firstOfSentence, anchors);
            if (reuse is not null && !anchoredByFraming)
                reuse.Remember(key, sentence.Span.Start, claims.GetRange(firstOfSentence, claims.Count - firstOfSentence));
        }
    }

    /// <summary>The non-empty spans of the time anchors of the figures (not durations) among <paramref name="found"/>; null for none.</summary>
    private static List<TextSpan>? FigureAnchorSpans(List<Claim> found)
    {
        List<TextSpan>? anchors = null;
        foreach (var claim in found)
        {
            if (claim is QuantityClaim { Kind: not ClaimKind.Duration, Anchor: { } anchor } && !anchor.Span.IsEmpty)
                (anchors ??= []).Add(anchor.Span);
        }
        return anchors;
    }

    /// <summary>Removes the date claims from index <paramref name="first"/> on that overlap one of <paramref name="anchors"/>, keeping the others in order.</summary>
    private static void DropAnchoringDates(List<Claim> claims, int first, List<TextSpan> anchors)
    {
        var kept = first;
        for (var k = first; k < claims.Count; k++)
        {
            var claim = claims[k];
            if (claim is DateClaim && Overlaps(anchors, claim.Span)) continue;
            claims[kept++] = claim;
        }
        claims.RemoveRange(kept, claims.Count - kept);
    }

    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
            if (s.Overlaps(span)) return true;
        return false;
    }

    /// <summary>The first claim over any span wins: a claim overlapping one already found is dropped.</summary>
    private static void AddUnlessOverlapping(List<Claim> found, Claim claim)
    {
        foreach (var c in found)
            if (c.Span.Overlaps(claim.Span)) return;
        found.Add(claim);
    }

    /// <summary>
    /// Orders the claims by where they start, ties in the order found (as a stable <c>OrderBy</c> would), in place: a
    /// sentence has a few claims, most already in order, and a sorted copy per sentence was garbage.
    /// </summary>
    private static void SortByStart(List<Claim> found)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var claim = found[k];
            var j = k;
            for (; j > 0 && found[j - 1].Span.Start > claim.Span.Start; j--) found[j] = found[j - 1];
            found[j] = claim;
        }
    }

    private static List<Token> Tokenize(string text, TokenTextPool pool) => text.Length == 0 ? [] : Tokenizer.Tokenize(text, new TextSpan(0, text.Length), pool);

    private static int IndexOf(IReadOnlyList<Token> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.End > offset) return i;
        }
        return tokens.Count;
    }

    /// <summary>The indices of the sentences that give sentence <paramref name="index"/> context (just before and after it, within the same block or the blocks next to it); -1 for none.</summary>
    private static (int Before, int After) NeighbourIndices(ProseDocument document, int index)
    {
        var sentences = document.Sentences;
        var block = sentences[index].BlockIndex;
        var before = index > 0 && Math.Abs(sentences[index - 1].BlockIndex - block) <= 1 ? index - 1 : -1;
        var after = index + 1 < sentences.Count && Math.Abs(sentences[index + 1].BlockIndex - block) <= 1 ? index + 1 : -1;
        return (before, after);
    }
}
