namespace Checker.Core.Prose;

/// <summary>
/// The tokens of each sentence of one document, made on first use and kept for the rest of one check, so that
/// extraction and the rules that read tokens (FC6001) tokenize the draft once between them, through one
/// <see cref="TokenTextPool"/>. One per check; not thread-safe.
/// </summary>
public sealed class SentenceTokens(ProseDocument document)
{
    private readonly Token[]?[] _tokens = new Token[]?[document.Sentences.Count];

    public ProseDocument Document { get; } = document;

    /// <summary>The pool the tokens' texts come from; text tokenized alongside them (a block's heading) can share it.</summary>
    public TokenTextPool Pool { get; } = new();

    /// <summary>The tokens of sentence <paramref name="index"/> of <see cref="Document"/>.</summary>
    public IReadOnlyList<Token> Of(int index) =>
        _tokens[index] ??= Tokenizer.TokenizeExact(Document.Prose, Document.Sentences[index].Span, Pool, _buffer);

    // Where each sentence is tokenized before its tokens are copied at their exact number: they are kept for the check.
    private readonly List<Token> _buffer = new(512);
}
