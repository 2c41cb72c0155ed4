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

    public static IReadOnlyList<Sentence> Split(ProseDocument document)
    {
        var sentences = new List<Sentence>();
        var text = document.Prose;
        for (var b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b].Span;
            var start = block.Start;
            for (var i = block.Start; i < block.End; i++)
            {
                var c = text[i];
                if (c is not ('.' or '!' or '?' or '\u2029')) continue;
                var end = i + 1;
                // Closing quotes and brackets belong to the sentence they close.
                while (end < block.End && text[end] is '"' or '\u201D' or '\u2019' or '\'' or ')') end++;
                if (c != '\u2029' && !EndsSentence(text, start, i, end, block.End)) continue;
                Add(sentences, text, start, end, b);
                start = end;
                i = end - 1;
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
        var word = text.Substring(wordStart, at - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        if (word.Contains('.')) return !char.IsUpper(following) || word.Length > 4 ? true : false;
        return !Abbreviations.Contains(word);
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int block)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add(new Sentence(new Text.TextSpan(start, end), block));
    }
}
