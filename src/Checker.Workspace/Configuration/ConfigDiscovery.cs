using System.Text;

namespace Checker.Workspace.Configuration;

/// <summary>
/// Finds the configuration for a draft: every <c>checker.json</c> from the draft's folder up to the file system root
/// (stopping after one that says <c>"root": true</c>), merged so that a nearer file overrides a farther one. The CLI
/// and the language server both call <see cref="ForDraft"/>, so a draft is checked the same way everywhere. Nothing
/// is cached: the server re-reads on change simply by calling again.
/// </summary>
public static class ConfigDiscovery
{
    public static LoadedConfig ForDraft(string draftPath, string? stopAt = null) => ForFolder(Path.GetDirectoryName(Path.GetFullPath(draftPath))!, stopAt);

    /// <param name="folder">Where the search starts.</param>
    /// <param name="stopAt">The last folder searched (the language server passes its workspace folder, so nothing above
    /// the workspace is read); null: up to the file system root.</param>
    public static LoadedConfig ForFolder(string folder, string? stopAt = null)
    {
        var last = stopAt is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(stopAt));
        var problems = new List<ConfigProblem>();
        var layers = new List<ConfigLayer>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var file = Path.Combine(dir.FullName, ConfigFile.FileName);
            var layer = File.Exists(file) ? ConfigFile.Parse(ReadText(file, problems), DisplayPath(file), problems) : null;
            if (layer is not null) layers.Add(layer);
            if (layer is { Root: true } || (last is not null && Path.TrimEndingDirectorySeparator(dir.FullName) == last)) break;
        }
        layers.Reverse(); // farthest first, so the nearer file is applied last and wins
        return new LoadedConfig(Merge(layers), problems);
    }

    /// <summary>Loads one named file (the CLI's --config), merged over nothing.</summary>
    public static LoadedConfig FromFile(string file)
    {
        if (!File.Exists(file)) throw new InputException(ConfigProblem.Code, file, 1, 1, "configuration file not found");
        var problems = new List<ConfigProblem>();
        var layer = ConfigFile.Parse(ReadText(file, problems), file, problems);
        return new LoadedConfig(Merge(layer is null ? [] : [layer]), problems);
    }

    /// <summary>Scalars and seeds: the nearest file that sets them wins. Rules: per rule ID. Synonyms and ignores: all of them.</summary>
    public static CheckerConfig Merge(IReadOnlyList<ConfigLayer> farthestFirst)
    {
        var config = CheckerConfig.Default;
        var rules = new Dictionary<string, Core.Diagnostics.Severity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var layer in farthestFirst)
        {
            foreach (var (id, severity) in layer.Rules) rules[id] = severity;
            config = config with
            {
                Seeds = layer.Seeds ?? config.Seeds,
                DefaultCurrency = layer.DefaultCurrency ?? config.DefaultCurrency,
                Synonyms = [.. config.Synonyms, .. layer.Synonyms],
                MinSeverity = layer.MinSeverity ?? config.MinSeverity,
                FailOn = layer.FailOn ?? config.FailOn,
                Ignore = [.. config.Ignore, .. layer.Ignore],
                Files = [.. config.Files, layer.File],
            };
        }
        return config with { Rules = rules };
    }

    private static string ReadText(string file, List<ConfigProblem> problems)
    {
        try
        {
            return File.ReadAllText(file, new UTF8Encoding(false, false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problems.Add(new ConfigProblem(DisplayPath(file), 1, 1, $"cannot read: {ex.Message}"));
            return "{}";
        }
    }

    /// <summary>Files under the working folder are named relative to it, as the drafts are.</summary>
    private static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative.Replace('\\', '/');
    }
}
