namespace Checker.Core.Prose;

/// <summary>Recognises the lines of a web page that are not the article: navigation, comment forms, link farms.</summary>
public static class Boilerplate
{
    private static readonly string[] FormPhrases =
    [
        "leave a reply", "leave a comment", "your email address will not be published", "required fields are marked",
        "main menu", "skip to content", "share this article", "sign up for", "subscribe to", "all rights reserved",
        "cookie", "advertisement", "related articles", "read more",
    ];

    public static bool IsFurniture(string line)
    {
        var lower = line.ToLowerInvariant();
        // A link farm or menu: many short items separated by bars or bullets.
        if (line.Count(c => c is '|' or '•' or '·') >= 3) return true;
        foreach (var phrase in FormPhrases)
        {
            if (lower.StartsWith(phrase, StringComparison.Ordinal) && line.Length < phrase.Length + 80) return true;
        }
        return false;
    }
}
