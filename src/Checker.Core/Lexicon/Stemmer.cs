namespace Checker.Core.Lexicon;

/// <summary>
/// A deliberately small English stemmer: plurals, "-ed", "-ing" and a final "e", so that "countries" meets "country"
/// and "announced" meets "announce". Stems are internal keys, never shown.
/// </summary>
public static class Stemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 3 || !word.All(char.IsLetter)) return word;
        var w = word;
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4) w = w[..^3] + "y";
        else if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
                 || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)) w = w[..^2];
        else if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal)) { }
        else if (w.EndsWith('s')) w = w[..^1];
        else if (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) w = w[..^2];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && w.Length > 5) w = w[..^3];
        if (w.Length > 3 && w.EndsWith('e')) w = w[..^1];
        if (w.Length > 3 && w[^1] == w[^2] && w[^1] is not ('s' or 'l' or 'e' or 'o')) w = w[..^1];
        return w;
    }
}
