using System.Text;
using System.Text.RegularExpressions;

namespace Checker.Workspace.Configuration;

/// <summary>
/// A glob from a configuration's "ignore" list, relative to the folder of the file that holds it: "*" matches within one
/// path segment, "**" across segments, "?" one character. A pattern with no "/" but a trailing one matches a name in any
/// subfolder (as in .gitignore); a pattern ending in "/" matches everything under that folder.
/// </summary>
public sealed class IgnorePattern
{
    private readonly Regex _regex;

    public IgnorePattern(string baseDirectory, string glob)
    {
        BaseDirectory = Path.GetFullPath(baseDirectory);
        Glob = glob;
        var pattern = glob.Replace('\\', '/').TrimStart('/');
        if (pattern.StartsWith("./", StringComparison.Ordinal)) pattern = pattern[2..];
        if (!pattern.TrimEnd('/').Contains('/')) pattern = "**/" + pattern;
        if (pattern.EndsWith('/')) pattern += "**";
        _regex = new Regex("^" + ToRegex(pattern) + "$", RegexOptions.CultureInvariant);
    }

    public string BaseDirectory { get; }
    public string Glob { get; }

    public bool Matches(string path)
    {
        var relative = Path.GetRelativePath(BaseDirectory, Path.GetFullPath(path)).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && relative != ".." && _regex.IsMatch(relative);
    }

    private static string ToRegex(string glob)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                // "**/" matches zero or more whole folders; a trailing "**" matches anything.
                if (i + 1 < glob.Length && glob[i + 1] == '/') { i++; sb.Append("(?:.*/)?"); }
                else sb.Append(".*");
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }
}
