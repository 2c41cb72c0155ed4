using Checker.Core.Incremental;
using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Claims;

/// <summary>
/// Runs the recognizers over every sentence of a document, keeps the first claim over any span, and gives each
/// claim its sentence, context and time anchor.
/// </summary>
public sealed class ClaimExtractor
{
    private readonly IReadOnlyList<IClaimRecognizer> _recognizers;
    private readonly Lexicon.Lexicon _lexicon;

    public ClaimExtractor(Lexicon.Lexicon lexicon, IReadOnlyList<IClaimRecognizer>? recognizers = null)
    {
        _lexicon = lexicon;
        _builtIn = recognizers is null;
        _recognizers = recognizers ?? DefaultRecognizers(lexicon);
    }

    // Whether only the built-in recognizers run: a plugged-in one may read more of the document than a sentence.
    private readonly bool _builtIn;

    /// <summary>The built-in recognizers, in order: dates first ("14 years ago" is a date, not a duration), then titles, then figures.</summary>
    public static IReadOnlyList<IClaimRecognizer> DefaultRecognizers(Lexicon.Lexicon lexicon) =>
        [new DateRecognizer(), new TitleRecognizer(lexicon), new FigureRecognizer()];

    public IReadOnlyList<Claim> Extract(ProseDocument document, RecognizerOptions options) => Extract(document, options, null, null);

    /// <param name="reuse">
    /// For the language server: sentences whose <see cref="SentenceKey"/> the previous version of the draft (or an earlier
    /// sentence of this one) already had get that sentence's claims, moved, instead of being tokenized and read again.
    /// Only with the built-in recognizers, which read nothing but the sentence, its source text and the options.
    /// </param>
    /// <param name="tokens">The check's tokens of <paramref name="document"/>, shared with the rules; null for new ones.</param>
    internal IReadOnlyList<Claim> Extract(ProseDocument document, RecognizerOptions options, ExtractionReuse? reuse, SentenceTokens? tokens)
    {
        if (!_builtIn) reuse = null;
        var claims = new List<Claim>();
        tokens ??= new SentenceTokens(document);
        var pool = tokens.Pool;
        var sentences = document.Sentences;
        // Tokenized on demand: a reused sentence needs no tokens, unless a neighbour of it is read again.
        Func<int, IReadOnlyList<Token>> tokensOf = tokens.Of;
        var proseTexts = reuse is null ? null : new string?[sentences.Count];
        string ProseText(int index) => proseTexts![index] ??= document.ProseText(sentences[index].Span);

        var framedBlock = -1;
        List<Token> framing = [];
        int[] framingTerms = [];
        // Each sentence's terms, worked out once: they serve its claims and its neighbours', by term number (see ContextBuilder.TermIds).
        var termOf = new TokenTerms(_lexicon);
        var recentTerms = new RecentSentenceTerms(termOf);
        // Where each claim's weights are worked out before being copied at their exact size (see ContextBuilder.Build).
        var scratch = new ContextWeights();
        var surroundingScratch = new ContextWeights();
        // One sentence's claims, in the order the recognizers found them; the list is used again for the next sentence.
        var found = new List<Claim>();
        for (var si = 0; si < sentences.Count; si++)
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
            var sentenceTokens = tokensOf(si);
            var input = new SentenceInput(document, sentence, sentenceTokens, options);
            found.Clear();
            for (var r = 0; r < _recognizers.Count; r++)
            {
                var recognized = _recognizers[r].Recognize(input);
                if (recognized is IReadOnlyList<Claim> list)
                {
                    for (var c = 0; c < list.Count; c++) AddUnlessOverlapping(found, list[c]);
                }
                else
                {
                    foreach (var claim in recognized) AddUnlessOverlapping(found, claim);
                }
            }
            // A sentence without claims needs no context (nor its neighbours' terms).
            if (found.Count == 0)
            {
                reuse?.Remember(key, sentence.Span.Start, []);
                continue;
            }
            // The block's framing text is tokenized once per block, not once per sentence or claim (sentences come in block order).
            if (sentence.BlockIndex != framedBlock)
            {
                framedBlock = sentence.BlockIndex;
                framing = Tokenize(block.Context, pool);
                framingTerms = ContextBuilder.TermIds(termOf, framing);
            }
            var firstOfSentence = claims.Count;
            var blockContext = block.Kind == BlockKind.TableCell ? framing : [];
            var surrounding = ContextBuilder.SurroundingTerms(before < 0 ? [] : recentTerms.Of(before, tokensOf),
                after < 0 ? [] : recentTerms.Of(after, tokensOf), block.Kind == BlockKind.TableCell ? [] : framingTerms, surroundingScratch);
            var sentenceTerms = recentTerms.Of(si, tokensOf);
            // A time anchor read from a table's headers has a span in the header text, not in the draft, which the
            // anchored-date step below compares with the draft's spans: such a sentence's claims depend on where it stands.
            var anchoredByFraming = false;
            foreach (var claim in InStartOrder(found))
            {
                claim.SentenceSpan = sentence.Span;
                claim.Context = ContextBuilder.Build(termOf, sentenceTokens, sentenceTerms, claim.Span, claim.Kind, blockContext, surrounding, scratch);
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
            var anchors = FigureAnchorSpans(found);
            if (anchors is not null) DropAnchoringDates(claims, firstOfSentence, anchors);
            if (reuse is not null && !anchoredByFraming)
                reuse.Remember(key, sentence.Span.Start, claims.GetRange(firstOfSentence, claims.Count - firstOfSentence));
        }
        return claims;
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
    /// The claims ordered by where they start, ties in the order found (as a stable <c>OrderBy</c> gives them); most
    /// sentences' claims already are, and are not sorted again.
    /// </summary>
    private static IReadOnlyList<Claim> InStartOrder(List<Claim> found)
    {
        for (var k = 1; k < found.Count; k++)
            if (found[k].Span.Start < found[k - 1].Span.Start) return found.OrderBy(c => c.Span.Start).ToList();
        return found;
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
