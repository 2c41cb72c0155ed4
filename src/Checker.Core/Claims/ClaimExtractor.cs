using Checker.Core.Incremental;
using Checker.Core.Prose;

namespace Checker.Core.Claims;

/// <summary>
/// Runs the recognizers over every sentence of a document, keeps the first claim over any span, and gives each
/// claim its sentence, context and time anchor (see <see cref="SentenceClaimReader"/>). A long draft is read in
/// stretches on every core, and the stretches' claims put back in the draft's order.
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

    /// <summary>The claims of every sentence of <paramref name="document"/>, in order, read on every core for a long draft.</summary>
    public IReadOnlyList<Claim> Extract(ProseDocument document, RecognizerOptions options) => Extract(document, options, null, null, null);

    /// <summary>The same, on at most <paramref name="maxThreads"/> threads (null: one per core). The claims are the same however many.</summary>
    public IReadOnlyList<Claim> Extract(ProseDocument document, RecognizerOptions options, int? maxThreads) =>
        Extract(document, options, null, null, maxThreads);

    /// <param name="reuse">
    /// For the language server: claims of sentences an earlier version had are moved rather than read again (see
    /// <see cref="SentenceClaimReader.Read"/>). Only with the built-in recognizers, which read nothing but the sentence,
    /// its source text and the options; and on one thread, since sentences are remembered for later ones.
    /// </param>
    /// <param name="tokens">The check's tokens of <paramref name="document"/>, shared with the rules; null for new ones.</param>
    /// <param name="maxThreads">How many threads may read the draft at once; null for one per core.</param>
    internal IReadOnlyList<Claim> Extract(ProseDocument document, RecognizerOptions options, ExtractionReuse? reuse, SentenceTokens? tokens,
        int? maxThreads)
    {
        if (!_builtIn) reuse = null;
        tokens ??= new SentenceTokens(document);
        var sentences = document.Sentences.Count;
        // A plugged-in recognizer may not be safe to call from two threads at once.
        var threads = reuse is null && _builtIn ? Parallelism.Threads(maxThreads, sentences, MinSentencesPerStretch) : 1;
        if (threads <= 1)
        {
            var claims = new List<Claim>();
            new SentenceClaimReader(document, options, _recognizers, _lexicon, tokens.Of, tokens.Pool).Read(0, sentences, claims, reuse);
            return claims;
        }
        // More stretches than threads, handed out in order as threads come free, so that a thread slowed by other work on
        // the machine holds up the rest less; each thread keeps one reader (and pool) for all its stretches.
        var stretches = Math.Min(threads * StretchesPerThread, sentences / MinSentencesPerStretch);
        var found = new List<Claim>[stretches];
        Parallelism.ForEachPiece(threads, stretches, () =>
        {
            var ownTokens = tokens.ForAnotherThread();
            return new SentenceClaimReader(document, options, _recognizers, _lexicon, ownTokens.Of, ownTokens.Pool);
        }, (reader, stretch) =>
        {
            found[stretch] = [];
            reader.Read((int)((long)sentences * stretch / stretches), (int)((long)sentences * (stretch + 1) / stretches), found[stretch], null);
        });
        var all = new List<Claim>(found.Sum(f => f.Count));
        foreach (var claims in found) all.AddRange(claims);
        return all;
    }

    // A stretch of fewer sentences is not worth a thread's start (a 6 KB draft has about 40); a long draft is cut into
    // a few stretches per thread.
    private const int MinSentencesPerStretch = 128;
    private const int StretchesPerThread = 4;
}
