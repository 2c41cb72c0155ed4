using Checker.Core.Prose;

namespace Checker.Core.Claims;

/// <summary>What a recognizer sees: one sentence of a document, already tokenized.</summary>
public sealed record SentenceInput(ProseDocument Document, Sentence Sentence, IReadOnlyList<Token> Tokens, RecognizerOptions Options);

/// <summary>What a recognizer needs to know of the document: the currency a bare "$" means, the date relative expressions ("on Tuesday") count from, whose office an unqualified title is.</summary>
public sealed record RecognizerOptions(string DefaultCurrency = "$", DateOnly? DocumentDate = null, string? DefaultCountry = null);

/// <summary>
/// Finds claims of some kinds in a sentence. Recognizers are pluggable: the extractor runs each in turn and keeps the
/// first claim over any span, so a recognizer built on another library can be dropped in ahead of the built-in ones.
/// </summary>
public interface IClaimRecognizer
{
    IEnumerable<Claim> Recognize(SentenceInput input);
}
