using Checker.Core.Prose;

namespace Checker.Core.Claims;

/// <summary>
/// The terms of the sentences around the one being read (see <see cref="ContextBuilder.TermIds"/>), each worked out once.
/// Sentences are read in order and a sentence's terms serve only it and the sentences just before and after it, so
/// the terms of three sentences are kept at a time, in three buffers used again and again: keeping an array per
/// sentence for the whole extraction was a tenth of its garbage.
/// </summary>
internal sealed class RecentSentenceTerms(TokenTerms termOf)
{
    // Sentence i lives in slot i % 3: the sentences before, at and after the one being read never share a slot, and a
    // slot is taken over only by a sentence three further on, when the one it held can no longer be asked for.
    private readonly int[] _sentence = [-1, -1, -1];
    private readonly int[][] _terms = [new int[64], new int[64], new int[64]];
    private readonly int[] _count = new int[3];

    /// <summary>
    /// The terms of sentence <paramref name="index"/>, by their <see cref="TokenTerms.IdOf(string)"/> numbers (-1 for none), whose tokens <paramref name="tokens"/> gives. Valid until a sentence
    /// three further on is asked for; indices asked for must never go back more than one sentence behind the furthest.
    /// </summary>
    public ReadOnlySpan<int> Of(int index, Func<int, IReadOnlyList<Token>> tokens)
    {
        var slot = index % 3;
        if (_sentence[slot] != index)
        {
            var sentenceTokens = tokens(index);
            if (_terms[slot].Length < sentenceTokens.Count) _terms[slot] = new int[Math.Max(sentenceTokens.Count, 2 * _terms[slot].Length)];
            ContextBuilder.FillTermIds(termOf, sentenceTokens, _terms[slot]);
            _count[slot] = sentenceTokens.Count;
            _sentence[slot] = index;
        }
        return _terms[slot].AsSpan(0, _count[slot]);
    }
}
