using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Facts;
using Checker.Workspace;
using Checker.Workspace.Configuration;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// What drafts are checked against right now: a fact base, the rule catalog and the options from the settings.
/// Replaced whole when seeds or settings change; <see cref="Generation"/> tells results of an older one apart.
/// </summary>
public sealed record CheckerSnapshot(int Generation, DraftChecker Checker, CheckOptions Options, string? SeedsFolder, ServerSettings Settings)
{
    /// <summary>Checkers for the seed folders and synonyms that drafts' checker.json files name, built once per snapshot.</summary>
    public ConfiguredEngine Engine { get; } = new();

    public FactBase Facts => Checker.Facts;

    /// <summary>Builds a snapshot. Throws <see cref="InputException"/> for a bad seed folder or manifest.</summary>
    public static CheckerSnapshot Build(int generation, ServerSettings settings, string? workspaceRoot, SeedFiles seedFiles)
    {
        var folder = ResolveSeedsFolder(settings.Seeds, workspaceRoot);
        FactBase facts;
        if (folder is null)
        {
            facts = SeedLoader.Embedded;
            seedFiles.MaterialiseEmbedded(facts.Sources);
        }
        else
        {
            // An absolute display root makes every source path a real file the editor can open.
            facts = SeedLoader.LoadFolder(folder, displayRoot: folder);
        }
        var options = new CheckOptions { DefaultCurrency = DominantCurrency(facts), Severities = settings.Severities };
        return new CheckerSnapshot(generation, new DraftChecker(facts, RuleCatalog.All), options, folder, settings);
    }

    /// <summary>The configured folder (relative to the workspace), else the workspace's own <c>seeds/</c>, else none (embedded seeds).</summary>
    public static string? ResolveSeedsFolder(string? configured, string? workspaceRoot)
    {
        if (configured is not null)
            return Path.GetFullPath(Path.IsPathRooted(configured) || workspaceRoot is null ? configured : Path.Combine(workspaceRoot, configured));
        if (workspaceRoot is null) return null;
        var own = Path.Combine(workspaceRoot, "seeds");
        return File.Exists(Path.Combine(own, "manifest.json")) ? Path.GetFullPath(own) : null;
    }

    // Same choice as `checker verify` (VerifyCommand.DominantCurrency): what a bare "$" means is what most sources use.
    private static string DominantCurrency(FactBase facts) =>
        facts.Sources.GroupBy(s => s.DefaultCurrency).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "$";
}
