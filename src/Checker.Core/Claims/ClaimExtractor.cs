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
        IReadOnlyList<Token> Tokens(int index) => tokens.Of(index);
        var proseTexts = reuse is null ? null : new string?[sentences.Count];
        string ProseText(int index) => proseTexts![index] ??= document.ProseText(sentences[index].Span);

        var framedBlock = -1;
        List<Token> framing = [];
        string?[] framingTerms = [];
        // Each sentence's terms, worked out once: they serve its claims and its neighbours' (see ContextBuilder.Terms).
        var sentenceTerms = new string?[]?[sentences.Count];
        string?[] Terms(int index) => sentenceTerms[index] ??= ContextBuilder.Terms(_lexicon, Tokens(index));
        // Where each claim's weights are worked out before being copied at their exact size (see ContextBuilder.Build).
        var scratch = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            var block = document.Blocks[sentence.BlockIndex];
            SentenceKey key = default;
            if (reuse is not null)
            {
                var (before, after) = NeighbourIndices(document, si);
                key = new SentenceKey(document.SourceText(sentence.Span), ProseText(si), before < 0 ? null : ProseText(before),
                    after < 0 ? null : ProseText(after), block.Kind == BlockKind.TableCell, block.Context);
                if (reuse.TryReuse(key, sentence.Span.Start, options, out var known))
                {
                    claims.AddRange(known);
                    continue;
                }
                reuse.Extracted();
            }
            var sentenceTokens = Tokens(si);
            var input = new SentenceInput(document, sentence, sentenceTokens, options);
            var found = new List<Claim>();
            foreach (var recognizer in _recognizers)
            {
                foreach (var claim in recognizer.Recognize(input))
                {
                    if (found.Any(c => c.Span.Overlaps(claim.Span))) continue;
                    found.Add(claim);
                }
            }
            // A sentence without claims needs no context (nor its neighbours' terms).
            if (found.Count == 0)
            {
                reuse?.Remember(key, sentence.Span.Start, []);
                continue;
            }
            var neighbours = Neighbours(document, si, Terms);
            // The block's framing text is tokenized once per block, not once per sentence or claim (sentences come in block order).
            if (sentence.BlockIndex != framedBlock)
            {
                framedBlock = sentence.BlockIndex;
                framing = Tokenize(block.Context, pool);
                framingTerms = ContextBuilder.Terms(_lexicon, framing);
            }
            var firstOfSentence = claims.Count;
            var blockContext = block.Kind == BlockKind.TableCell ? framing : [];
            var surrounding = ContextBuilder.SurroundingTerms(neighbours, block.Kind == BlockKind.TableCell ? [] : framingTerms);
            // A time anchor read from a table's headers has a span in the header text, not in the draft, which the
            // anchored-date step below compares with the draft's spans: such a sentence's claims depend on where it stands.
            var anchoredByFraming = false;
            foreach (var claim in found.OrderBy(c => c.Span.Start))
            {
                claim.SentenceSpan = sentence.Span;
                claim.Context = ContextBuilder.Build(_lexicon, sentenceTokens, Terms(si), claim.Span, claim.Kind, blockContext, surrounding, scratch);
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
            var anchors = found.OfType<QuantityClaim>().Where(c => c.Kind != ClaimKind.Duration).Select(c => c.Anchor?.Span).OfType<TextSpan>().Where(s => !s.IsEmpty).ToList();
            // Only this sentence's claims can be such dates: looking at earlier sentences' claims made extraction quadratic.
            if (anchors.Count > 0)
            {
                var ofSentence = claims.GetRange(firstOfSentence, claims.Count - firstOfSentence);
                claims.RemoveRange(firstOfSentence, ofSentence.Count);
                claims.AddRange(ofSentence.Where(c => !(c is DateClaim && anchors.Any(a => a.Overlaps(c.Span)))));
            }
            if (reuse is not null && !anchoredByFraming)
                reuse.Remember(key, sentence.Span.Start, claims.GetRange(firstOfSentence, claims.Count - firstOfSentence));
        }
        return claims;
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

    /// <summary>The terms of the sentences just before and after, within the same block or the blocks next to it.</summary>
    private static string?[][] Neighbours(ProseDocument document, int index, Func<int, string?[]> terms)
    {
        var (before, after) = NeighbourIndices(document, index);
        if (before < 0) return after < 0 ? [] : [terms(after)];
        return after < 0 ? [terms(before)] : [terms(before), terms(after)];
    }

    /// <summary>The indices of the sentences that give sentence <paramref name="index"/> context; -1 for none.</summary>
    private static (int Before, int After) NeighbourIndices(ProseDocument document, int index)
    {
        var sentences = document.Sentences;
        var block = sentences[index].BlockIndex;
        var before = index > 0 && Math.Abs(sentences[index - 1].BlockIndex - block) <= 1 ? index - 1 : -1;
        var after = index + 1 < sentences.Count && Math.Abs(sentences[index + 1].BlockIndex - block) <= 1 ? index + 1 : -1;
        return (before, after);
    }
}
