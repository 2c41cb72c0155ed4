using Checker.Core.Claims;

namespace Checker.Core.Incremental;

/// <summary>One sentence's claims as one extraction found them, and where the sentence started then.</summary>
internal sealed record RememberedSentence(int Start, IReadOnlyList<Claim> Claims);

/// <summary>
/// What one extraction of a draft found, sentence by sentence, under one set of recognizer options (which include the
/// as-of date). Never changed once made: the next version of the draft reads it while making its own.
/// </summary>
internal sealed class ExtractionMemory(RecognizerOptions options, IReadOnlyDictionary<SentenceKey, RememberedSentence> sentences)
{
    public RecognizerOptions Options { get; } = options;
    public IReadOnlyDictionary<SentenceKey, RememberedSentence> Sentences { get; } = sentences;
}
