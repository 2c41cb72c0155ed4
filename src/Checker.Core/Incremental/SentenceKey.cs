namespace Checker.Core.Incremental;

/// <summary>
/// Everything extraction reads to find a sentence's claims, apart from the recognizer options (kept per
/// <see cref="ExtractionMemory"/>): the sentence as source (claims quote it) and as prose (it is tokenized), the
/// neighbouring sentences that give it context (null when they stand too far away to count), and its block's framing
/// (section heading, or a table cell's headers). Two sentences with equal keys have the same claims, moved.
/// </summary>
internal readonly record struct SentenceKey(string Source, string Prose, string? Before, string? After, bool TableCell, string Framing);
