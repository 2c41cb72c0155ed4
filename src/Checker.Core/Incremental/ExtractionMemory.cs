using Checker.Core.Claims;
using Checker.Core.Prose;

namespace Checker.Core.Incremental;

/// <summary>One sentence's claims as one extraction found them, where the sentence started then, and the slot of its first
/// claim in that version (see <see cref="ExtractionReuse"/>).</summary>
internal sealed record RememberedSentence(int Start, IReadOnlyList<Claim> Claims, int FirstSlot);

/// <summary>
/// What one extraction of a draft found, sentence by sentence, under one set of recognizer options (which include the
/// as-of date), and the capitalised words the check kept. Never changed once the check has finished: the next version of the draft reads it
/// while making its own.
/// </summary>
internal sealed class ExtractionMemory(RecognizerOptions options, IReadOnlyDictionary<SentenceKey, RememberedSentence> sentences, SentenceTokens.KeptWords? words, int slotCount)
{
    public RecognizerOptions Options { get; } = options;
    public IReadOnlyDictionary<SentenceKey, RememberedSentence> Sentences { get; } = sentences;

    /// <summary>Each sentence's capitalised words (whatever the options: tokens do not depend on them), which the next
    /// version takes over for its unchanged sentences.</summary>
    public SentenceTokens.KeptWords? Words { get; } = words;

    /// <summary>How many claims the sentences hold (their slots).</summary>
    public int SlotCount { get; } = slotCount;
}
