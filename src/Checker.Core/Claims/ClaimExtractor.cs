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
        _recognizers = recognizers ?? DefaultRecognizers(lexicon);
    }

    /// <summary>The built-in recognizers, in order: dates first ("14 years ago" is a date, not a duration), then titles, then figures.</summary>
    public static IReadOnlyList<IClaimRecognizer> DefaultRecognizers(Lexicon.Lexicon lexicon) =>
        [new DateRecognizer(), new TitleRecognizer(lexicon), new FigureRecognizer()];

    public IReadOnlyList<Claim> Extract(ProseDocument document, RecognizerOptions options)
    {
        var claims = new List<Claim>();
        var pool = new TokenTextPool();
        var sentenceTokens = document.Sentences.Select(s => Tokenizer.Tokenize(document.Prose, s.Span, pool)).ToArray();
        var framedBlock = -1;
        List<Token> framing = [];
        for (var si = 0; si < document.Sentences.Count; si++)
        {
            var sentence = document.Sentences[si];
            var tokens = sentenceTokens[si];
            var input = new SentenceInput(document, sentence, tokens, options);
            var found = new List<Claim>();
            foreach (var recognizer in _recognizers)
            {
                foreach (var claim in recognizer.Recognize(input))
                {
                    if (found.Any(c => c.Span.Overlaps(claim.Span))) continue;
                    found.Add(claim);
                }
            }
            // A sentence without claims needs no context: most of a draft's sentences end here.
            if (found.Count == 0) continue;
            var block = document.Blocks[sentence.BlockIndex];
            var neighbours = Neighbours(document, sentenceTokens, si);
            // The block's framing text is tokenized once per block, not once per sentence or claim (sentences come in block order).
            if (sentence.BlockIndex != framedBlock)
            {
                framedBlock = sentence.BlockIndex;
                framing = Tokenize(block.Context, pool);
            }
            var heading = block.Kind == BlockKind.TableCell ? [] : framing;
            var firstOfSentence = claims.Count;
            var blockContext = block.Kind == BlockKind.TableCell ? framing : [];
            var surrounding = ContextBuilder.SurroundingTerms(_lexicon, neighbours, heading);
            foreach (var claim in found.OrderBy(c => c.Span.Start))
            {
                claim.SentenceSpan = sentence.Span;
                claim.Context = ContextBuilder.Build(_lexicon, tokens, claim.Span, claim.Kind, blockContext, surrounding);
                var first = IndexOf(tokens, claim.Span.Start);
                var last = IndexOf(tokens, claim.Span.End - 1) + 1;
                // A date is its own time; figures are dated by the nearest time phrase.
                if (claim is not DateClaim) claim.Anchor ??= TimeAnchorReader.Read(tokens, first, last);
                // A table cell's figure is dated by its row or column header ("Military assistance since 2022").
                if (claim is not DateClaim && claim.Anchor is null && blockContext.Count > 0)
                    claim.Anchor = TimeAnchorReader.Read(blockContext, 0, 0);
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

    /// <summary>The sentences just before and after, within the same block or the blocks next to it.</summary>
    private static IReadOnlyList<Token>[] Neighbours(ProseDocument document, List<Token>[] tokens, int index)
    {
        var list = new List<IReadOnlyList<Token>>();
        var block = document.Sentences[index].BlockIndex;
        if (index > 0 && Math.Abs(document.Sentences[index - 1].BlockIndex - block) <= 1) list.Add(tokens[index - 1]);
        if (index + 1 < tokens.Length && Math.Abs(document.Sentences[index + 1].BlockIndex - block) <= 1) list.Add(tokens[index + 1]);
        return list.ToArray();
    }
}
