using Checker.Core.Diagnostics;
using Checker.LanguageServer.Documents;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// Where a rule's page lives, for <c>codeDescription</c>: the workspace's <c>rules/ID.md</c> when it has one, the page
/// shipped beside the server, or else a short page generated from the rule's descriptor into the cache folder.
/// </summary>
public sealed class RulePages(string cacheDirectory, string? workspaceRoot)
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string UriOf(RuleDescriptor rule)
    {
        lock (_gate)
        {
            if (_known.TryGetValue(rule.Id, out var uri)) return uri;
            uri = DocumentUris.FromPath(Locate(rule));
            _known[rule.Id] = uri;
            return uri;
        }
    }

    private string Locate(RuleDescriptor rule)
    {
        foreach (var root in new[] { workspaceRoot, AppContext.BaseDirectory })
        {
            if (root is null) continue;
            var page = Path.Combine(root, rule.HelpPath);
            if (File.Exists(page)) return page;
        }
        var generated = Path.Combine(cacheDirectory, rule.HelpPath);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(generated)!);
            File.WriteAllText(generated, $"# {rule.Id}: {rule.Title}\n\n{rule.Summary}\n\nCategory: {rule.Category}. " +
                $"Default severity: {rule.DefaultSeverity}.\n\nTo ignore one claim, put `<!-- checker-disable-next-line {rule.Id} -->` on the line above it.\n");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The link then points at a missing page; the diagnostic itself is still right.
        }
        return generated;
    }
}
