using Checker.Core.Text;

namespace Checker.Core.Prose;

/// <summary>
/// The tokens of each sentence of one document, made on first use and kept for the rest of one check, so that
/// extraction and the rules that read tokens (FC6001) tokenize the draft once between them, through one
/// <see cref="TokenTextPool"/>. One per check; not thread-safe, but threads extracting claims from different stretches of
/// the draft at once each read it through their own <see cref="ForAnotherThread"/>.
/// </summary>
/// <remarks>
/// As you type (the language server), a check also keeps each sentence's capitalised words (where FC6001 looks for
/// names): the next version takes them over for every sentence whose prose is unchanged, moved to where the sentence
/// now stands, instead of tokenizing the whole draft again. The tokenizer reads nothing outside a sentence's span, so
/// equal prose gives equal tokens, shifted. Only those few words outlive the check, not every token.
/// </remarks>
public sealed class SentenceTokens
{
    private static readonly Token[] NoWords = [];

    private readonly Token[]?[] _tokens;

    // Null unless the check keeps capitalised words for a next version.
    private readonly Token[]?[]? _capitalised;

    // What the previous version kept, and for each sentence of this version the previous version's sentence with the
    // same prose, or -1. The previous SentenceTokens itself is not kept: versions do not chain.
    private readonly KeptWords? _previous;
    private readonly int[]? _previousSentence;

    public SentenceTokens(ProseDocument document) : this(document, null, keepCapitalisedWords: false) { }

    /// <param name="previous">What the previous version of the same draft kept, once its check has finished; null for none.</param>
    /// <param name="keepCapitalisedWords">Whether to keep each sentence's capitalised words for the next version (see <see cref="Kept"/>).</param>
    public SentenceTokens(ProseDocument document, KeptWords? previous, bool keepCapitalisedWords)
    {
        Document = document;
        _tokens = new Token[]?[document.Sentences.Count];
        if (keepCapitalisedWords) _capitalised = new Token[]?[document.Sentences.Count];
        if (previous is null || !keepCapitalisedWords) return;
        _previous = previous;
        _previousSentence = SameProse(previous.Document, document);
    }

    public ProseDocument Document { get; }

    /// <summary>The pool the tokens' texts come from; text tokenized alongside them (a block's heading) can share it.</summary>
    public TokenTextPool Pool { get; } = new();

    /// <summary>The capitalised words this check kept, for the next version's check; null when it keeps none.</summary>
    public KeptWords? Kept => _capitalised is null ? null : new KeptWords(Document, _capitalised);

    /// <summary>The tokens of sentence <paramref name="index"/> of <see cref="Document"/>.</summary>
    public IReadOnlyList<Token> Of(int index) => Of(index, Pool, _buffer);

    /// <summary>The tokens of sentence <paramref name="index"/>, tokenized through <paramref name="pool"/> and <paramref name="buffer"/> if not yet.</summary>
    private Token[] Of(int index, TokenTextPool pool, List<Token> buffer) =>
        _tokens[index] ??= Tokenizer.TokenizeExact(Document.Prose, Document.Sentences[index].Span, pool, buffer);

    /// <summary>
    /// These tokens for another thread tokenizing other sentences at the same time (see ClaimExtractor): its own pool and
    /// buffer, the same tokens per sentence. Two threads tokenizing one sentence (a neighbour of both their stretches)
    /// make equal tokens, and either serves. Not for a check that keeps capitalised words.
    /// </summary>
    internal ForThread ForAnotherThread() =>
        _capitalised is null ? new ForThread(this) : throw new InvalidOperationException("A check that keeps capitalised words runs on one thread.");

    /// <summary>
    /// At least every capitalised word of sentence <paramref name="index"/> (a word whose first letter is upper case), in
    /// order. Other tokens may stand among them (a caller skips them): when the check keeps no words, these are simply
    /// the sentence's tokens.
    /// </summary>
    public IReadOnlyList<Token> WithCapitalisedWordsOf(int index)
    {
        if (_capitalised is null) return Of(index);
        return _capitalised[index] ??= TakenOver(index) ?? Capitalised(Of(index));
    }

    private static Token[] Capitalised(IReadOnlyList<Token> tokens)
    {
        var count = 0;
        for (var t = 0; t < tokens.Count; t++) if (IsCapitalisedWord(tokens[t])) count++;
        if (count == 0) return NoWords;
        var words = new Token[count];
        count = 0;
        for (var t = 0; t < tokens.Count; t++) if (IsCapitalisedWord(tokens[t])) words[count++] = tokens[t];
        return words;
    }

    private static bool IsCapitalisedWord(Token token) => token.IsWord && char.IsUpper(token.Text[0]);

    /// <summary>The previous version's capitalised words of the same prose, moved to this sentence; null when there are none.</summary>
    private Token[]? TakenOver(int index)
    {
        if (_previousSentence is null || _previousSentence[index] is var before && before < 0) return null;
        if (_previous!.Sentences[before] is not { } known) return null;
        var shift = Document.Sentences[index].Span.Start - _previous.Document.Sentences[before].Span.Start;
        if (shift == 0 || known.Length == 0) return known;
        var moved = new Token[known.Length];
        for (var t = 0; t < known.Length; t++)
        {
            var token = known[t];
            var span = token.Span;
            moved[t] = new Token(token.Kind, new TextSpan(span.Start + shift, span.End + shift), token.Text, token.Joined);
        }
        return moved;
    }

    /// <summary>
    /// For each sentence of <paramref name="now"/>, a sentence of <paramref name="before"/> with the same prose, or -1:
    /// the common run of sentences from the start, then from the end (an edit changes one stretch of a draft). Comparing
    /// costs a read of the unchanged prose; tokenizing it again cost far more.
    /// </summary>
    private static int[] SameProse(ProseDocument before, ProseDocument now)
    {
        var same = new int[now.Sentences.Count];
        Array.Fill(same, -1);
        var common = Math.Min(before.Sentences.Count, now.Sentences.Count);
        var head = 0;
        for (; head < common && SameText(before, head, now, head); head++) same[head] = head;
        for (var tail = 1; tail <= common - head && SameText(before, before.Sentences.Count - tail, now, now.Sentences.Count - tail); tail++)
            same[now.Sentences.Count - tail] = before.Sentences.Count - tail;
        return same;
    }

    private static bool SameText(ProseDocument before, int beforeIndex, ProseDocument now, int nowIndex)
    {
        var a = before.Sentences[beforeIndex].Span;
        var b = now.Sentences[nowIndex].Span;
        return a.Length == b.Length && before.Prose.AsSpan(a.Start, a.Length).SequenceEqual(now.Prose.AsSpan(b.Start, b.Length));
    }

    // Where each sentence is tokenized before its tokens are copied at their exact number: they are kept for the check.
    private readonly List<Token> _buffer = new(512);

    /// <summary>One thread's way to these tokens: see <see cref="ForAnotherThread"/>.</summary>
    internal sealed class ForThread(SentenceTokens tokens)
    {
        private readonly List<Token> _buffer = new(512);

        public TokenTextPool Pool { get; } = new();

        public IReadOnlyList<Token> Of(int index) => tokens.Of(index, Pool, _buffer);
    }

    /// <summary>One check's capitalised words per sentence of its document (null where nobody asked), never changed once
    /// that check has finished.</summary>
    public sealed class KeptWords(ProseDocument document, Token[]?[] sentences)
    {
        public ProseDocument Document { get; } = document;
        internal Token[]?[] Sentences { get; } = sentences;
    }
}
