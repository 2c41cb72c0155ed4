using Checker.Core.Text;
using Markdig.Extensions.Yaml;

namespace Checker.Core.Prose;

/// <summary>Reads the flat <c>key: value</c> lines of a draft's YAML front matter; anything else is a problem, never an exception.</summary>
internal static class FrontMatter
{
    public static void Read(string source, YamlFrontMatterBlock block, Dictionary<string, string> values, List<DocumentProblem> problems)
    {
        var start = Math.Max(0, block.Span.Start);
        var end = Math.Min(source.Length, block.Span.End + 1);
        var offset = start;
        foreach (var rawLine in source[start..end].Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            var lineSpan = TextSpan.FromLength(offset, line.Length);
            offset += rawLine.Length + 1;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed == "---" || trimmed == "..." || trimmed.StartsWith('#')) continue;
            if (char.IsWhiteSpace(line[0]) || trimmed.StartsWith('-')) continue; // nested YAML: not ours to read
            var colon = trimmed.IndexOf(':');
            if (colon <= 0)
            {
                problems.Add(new DocumentProblem("FC9003", lineSpan, $"Front matter line is not 'key: value': '{Truncate(trimmed)}'"));
                continue;
            }
            var key = trimmed[..colon].Trim();
            var value = trimmed[(colon + 1)..].Trim().Trim('"', '\'');
            values[key] = value;
        }
    }

    private static string Truncate(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
