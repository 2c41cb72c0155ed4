using System.Buffers;

namespace Checker.Core.Prose;

/// <summary>Splits each prose block into sentences. Abbreviations ("U.S.", "Aug.", "Mr.") and decimals do not end one.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "gen", "adm", "col", "lt", "sgt", "capt", "maj", "prof", "sen", "rep", "gov", "hon",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vol", "fig", "p", "pp", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "est", "conn", "mt", "ft",
    };

    /// <summary>Looks a word up in <see cref="Abbreviations"/> without making a string of it.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationOf = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The characters that can end a sentence, found by a vectorized search rather than a test per character.</summary>
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\u2029");

    public static IReadOnlyList<Sentence> Split(ProseDocument document)
    {
        // Most blocks are a sentence or two: sized so that the list rarely grows.
        var sentences = new List<Sentence>(document.Blocks.Count + document.Blocks.Count / 2);
        var text = document.Prose;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b].Span;
            var start = block.Start;
            var i = block.Start;
            while (text.AsSpan(i, block.End - i).IndexOfAny(Terminators) is var found && found >= 0)
            {
                i += found;
                var c = text[i];
                var end = i + 1;
                // Closing quotes and brackets belong to the sentence they close.
                while (end < block.End && text[end] is '"' or '\u201D' or '\u2019' or '\'' or ')') end++;
                if (c != '\u2029' && !EndsSentence(text, start, i, end, block.End))
                {
                    i++;
                    continue;
                }
                Add(sentences, text, start, end, b);
                start = end;
                i = end;
            }
            Add(sentences, text, start, block.End, b);
        }
        return sentences;
    }

    private static bool EndsSentence(string text, int sentenceStart, int at, int end, int blockEnd)
    {
        if (end >= blockEnd) return true;
        if (!char.IsWhiteSpace(text[end])) return false; // "6.5", "U.S.", "e.g."
        var next = end;
        while (next < blockEnd && char.IsWhiteSpace(text[next])) next++;
        if (next >= blockEnd) return true;
        var following = text[next];
        if (char.IsLower(following)) return false;
        if (text[at] != '.') return true;
        // The word before the period: an abbreviation or an initial does not end a sentence.
        var wordStart = at;
        while (wordStart > sentenceStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.AsSpan(wordStart, at - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (word.Contains('.')) return !char.IsUpper(following) || word.Length > 4 ? true : false;
        return !AbbreviationOf.Contains(word);
    }

    /// <summary>
    /// No real sentence is this long. A longer run without a sentence end (a 1 MB single line, a pasted table, generated
    /// text) is cut at whitespace into pieces of at most this many characters, so the work per sentence (tokens × claims)
    /// stays bounded and a pathological line cannot make the check quadratic.
    /// </summary>
    public const int MaxSentenceLength = 2000;

    private static void Add(List<Sentence> sentences, string text, int start, int end, int block)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (end - start > MaxSentenceLength)
        {
            var cut = LongSentenceCut(text, start, start + MaxSentenceLength);
            sentences.Add(new Sentence(new Text.TextSpan(start, cut), block));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (end > start) sentences.Add(new Sentence(new Text.TextSpan(start, end), block));
    }

    /// <summary>Where to cut an over-long sentence: after the last whitespace in its first half-window, else (no spaces at all) at the limit.</summary>
    private static int LongSentenceCut(string text, int start, int limit)
    {
        var space = text.AsSpan(start + MaxSentenceLength / 2, limit - start - MaxSentenceLength / 2).LastIndexOfAny(' ', '\t', '\u00A0');
        var cut = space < 0 ? limit : start + MaxSentenceLength / 2 + space;
        while (cut > start && char.IsWhiteSpace(text[cut - 1])) cut--;
        // Never cut a surrogate pair in two.
        if (cut > start && cut < text.Length && char.IsLowSurrogate(text[cut])) cut--;
        return cut > start ? cut : limit;
    }
}
