using System.Collections.Concurrent;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Facts;
using Checker.Core.Lexicon;
using Checker.Workspace.Caching;

namespace Checker.Workspace.Configuration;

/// <summary>
/// Turns a configuration into a ready checker and its options: the fact base of its seed folders and synonyms (built
/// once per distinct set and kept), its default currency and rule severities. Shared by the CLI and the language server.
/// </summary>
public sealed class ConfiguredEngine
{
    private readonly ConcurrentDictionary<string, DraftChecker> _checkers = new();

    public DraftChecker CheckerFor(CheckerConfig config)
    {
        var key = string.Join("\n", config.Seeds) + "\n--\n" + string.Join("\n", config.Synonyms);
        return _checkers.GetOrAdd(key, _ => new DraftChecker(BuildFacts(config), RuleCatalog.All));
    }

    /// <summary>
    /// The embedded seeds' snapshot when nothing is configured; seed folders through the <see cref="FactBaseCache"/>
    /// (built from text once, then loaded); embedded seeds with configured synonyms built from text (the embedded
    /// snapshot holds terms folded by the bundled lexicon only).
    /// </summary>
    public static FactBase BuildFacts(CheckerConfig config)
    {
        if (config.Seeds.Count == 0 && config.Synonyms.Count == 0) return SeedLoader.Embedded;
        var lexicon = LexiconWith(config.Synonyms);
        if (config.Seeds.Count == 0) return SeedLoader.Build(SeedLoader.EmbeddedSources(), lexicon);
        var folders = config.Seeds.Select(s => new SeedFolder(s, DisplayPath(s))).ToList();
        return FactBaseCache.Default.Load(folders, lexicon, config.Synonyms,
            () => SeedLoader.Build(folders.SelectMany(f => SeedLoader.FromDirectory(f.Path, f.DisplayPath)).ToList(), lexicon));
    }

    /// <summary>Sources are named in reports relative to the working folder when they are under it, as drafts are.</summary>
    private static string DisplayPath(string folder)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative;
    }

    /// <summary>The bundled lexicon with the configuration's synonyms appended to its [synonyms] section.</summary>
    public static Lexicon LexiconWith(IReadOnlyList<string> synonyms)
    {
        if (synonyms.Count == 0) return SeedLoader.DefaultLexicon;
        var text = SeedLoader.ReadResource("rules/lexicon.txt") + "\n[synonyms]\n" + string.Join("\n", synonyms) + "\n";
        return Lexicon.Parse(text, out _);
    }

    public static CheckOptions OptionsFor(CheckerConfig config, FactBase facts, DateOnly? forcedAsOf = null) => new()
    {
        ForcedAsOf = forcedAsOf,
        DefaultCurrency = config.DefaultCurrency ?? DominantCurrency(facts),
        Severities = config.Rules,
    };

    /// <summary>What a bare "$" in a draft means when nothing says: the currency most of the sources use.</summary>
    public static string DominantCurrency(FactBase facts) =>
        facts.Sources.GroupBy(s => s.DefaultCurrency).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "$";
}
