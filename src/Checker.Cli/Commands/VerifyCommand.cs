using System.Text;
using Checker.Cli.Output;
using Checker.Core.Analysis;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Workspace;
using Checker.Workspace.Configuration;

namespace Checker.Cli.Commands;

/// <summary>
/// `checker verify PATH...`: checks drafts with the configuration found for each (checker.json), then reports in
/// text, JSON, SARIF, GitHub annotations or HTML; optionally against a baseline, or fixing drafts in place. The exit
/// code gates a build: 0 nothing reached the fail level, 1 something did, 2 the tool could not run.
/// </summary>
public static class VerifyCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr) => Run(line, stdout, stderr, ShowProgressByDefault());

    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr, bool showProgress)
    {
        line.Allow("--format", "--seeds", "--as-of", "--fail-on", "--min-severity", "--config", "--baseline", "--update-baseline", "--fix", "--dry-run", "--no-progress");
        if (line.Operands.Count == 0) throw new UsageException("verify needs at least one file or folder");
        var format = line.Choice("--format", "text", ("text", "text"), ("json", "json"), ("sarif", "sarif"), ("github", "github"), ("html", "html"));
        Severity? failOnFlag = line.Has("--fail-on") ? line.Choice<Severity>("--fail-on", Severity.Error, Levels) : null;
        Severity? minimumFlag = line.Has("--min-severity") ? line.Choice<Severity>("--min-severity", Severity.Warning, Levels) : null;
        var asOf = AsOf(line);
        if (line.Has("--dry-run") && !line.Has("--fix")) throw new UsageException("--dry-run goes with --fix");
        if (line.Has("--update-baseline") && line.Get("--baseline") is null) throw new UsageException("--update-baseline needs --baseline FILE");
        var baseline = line.Get("--baseline") is { } baselinePath && !line.Has("--update-baseline") ? Baseline.Read(baselinePath) : null;

        var run = new VerifyRun(line.Get("--config"), line.Get("--seeds"), asOf);
        var results = CheckAll(run, DraftFiles.Expand(line.Operands), stderr, showProgress && !line.Has("--no-progress"));

        if (line.Has("--fix"))
        {
            var fixedFiles = FixAll(results, line.Has("--dry-run"), stdout, stderr);
            if (line.Has("--dry-run")) return 0;
            results = results.Select(r => fixedFiles.Contains(r.Path) ? run.Check(r.Path)! : r).ToList();
        }
        if (line.Has("--update-baseline"))
        {
            var count = Baseline.Write(line.Get("--baseline")!, results);
            stderr.WriteLine($"checker: wrote {count} finding{(count == 1 ? "" : "s")} to {line.Get("--baseline")}");
            return 0;
        }
        var known = 0;
        if (baseline is not null)
        {
            var filtered = baseline.Filter(line.Get("--baseline")!, results);
            (results, known) = (filtered.New.ToList(), filtered.Known);
        }

        ReportConfigProblems(run.Problems, format, stdout, stderr);
        Severity MinimumFor(string path) => minimumFlag ?? run.ConfigOf(path).MinSeverity ?? Severity.Warning;
        switch (format)
        {
            case "json": JsonReport.Write(stdout, results, run.Problems); break;
            case "sarif": SarifReport.Write(stdout, results, run.Problems); break;
            case "github": GithubReport.Write(stdout, results, f => MinimumFor(f.Path)); break;
            case "html": HtmlReport.Write(stdout, results); break;
            // The text report has one threshold for the run: the first draft's (see docs/configuration.md).
            default: TextReport.Write(stdout, results, MinimumFor(results.Count > 0 ? results[0].Path : Path.Combine(Environment.CurrentDirectory, "-"))); break;
        }
        if (known > 0) stderr.WriteLine($"checker: {known} finding{(known == 1 ? "" : "s")} already in the baseline {line.Get("--baseline")} not reported");
        var failed = run.Problems.Count > 0
            || results.Any(r => r.Result.Diagnostics.Any(d => d.Severity <= (failOnFlag ?? run.ConfigOf(r.Path).FailOn ?? Severity.Error)));
        return failed ? 1 : 0;
    }

    private static readonly (string, Severity)[] Levels = [("error", Severity.Error), ("warning", Severity.Warning), ("info", Severity.Information)];

    /// <summary>Checks each draft the configuration does not ignore, showing progress when asked to.</summary>
    private static List<CheckedFile> CheckAll(VerifyRun run, IReadOnlyList<string> files, TextWriter stderr, bool showProgress)
    {
        var progress = new Progress(stderr, showProgress && files.Count > 1);
        var results = new List<CheckedFile>();
        for (var i = 0; i < files.Count; i++)
        {
            progress.Report(i, files.Count, files[i]);
            if (run.Check(files[i]) is { } checkedFile) results.Add(checkedFile);
        }
        progress.Done();
        return results;
    }

    private static DateOnly? AsOf(CommandLine line)
    {
        if (line.Get("--as-of") is not { } text) return null;
        if (!DraftDate.TryParse(text, out var parsed)) throw new UsageException($"--as-of must be a date YYYY-MM-DD, not '{text}'");
        return parsed;
    }

    /// <summary>Applies preferred fixes; returns the paths whose text changed (or would, with --dry-run).</summary>
    private static HashSet<string> FixAll(IReadOnlyList<CheckedFile> results, bool dryRun, TextWriter stdout, TextWriter stderr)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in results)
        {
            var text = file.Result.Document.Source;
            var outcome = FixApplier.Apply(text, file.Result.Diagnostics);
            if (outcome.Applied.Count == 0) continue;
            if (dryRun)
            {
                stdout.Write(UnifiedDiff.Create(file.Path.Replace('\\', '/'), text, outcome.Applied));
                changed.Add(file.Path);
                continue;
            }
            var bytes = File.ReadAllBytes(file.Path);
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            // Writing back a file that did not decode cleanly would change bytes outside the fixes: refuse instead.
            if (!Encoding.UTF8.GetBytes(text).AsSpan().SequenceEqual(bytes.AsSpan(bom ? 3 : 0)))
            {
                stderr.WriteLine($"checker: {file.Path}: not fixed: the file is not valid UTF-8, so it cannot be rewritten without changing other bytes");
                continue;
            }
            AtomicFile.WriteAllBytes(file.Path, [.. (bom ? Encoding.UTF8.Preamble : []), .. Encoding.UTF8.GetBytes(outcome.Text)]);
            changed.Add(file.Path);
            stderr.WriteLine($"checker: {file.Path}: applied {outcome.Applied.Count} fix{(outcome.Applied.Count == 1 ? "" : "es")}" +
                             (outcome.Skipped > 0 ? $" ({outcome.Skipped} overlapping edit{(outcome.Skipped == 1 ? "" : "s")} left for the next run)" : ""));
        }
        return changed;
    }

    private static void ReportConfigProblems(IReadOnlyCollection<ConfigProblem> problems, string format, TextWriter stdout, TextWriter stderr)
    {
        foreach (var p in problems)
        {
            if (format == "github") stdout.WriteLine(GithubReport.Command("error", p.File, p.Line, p.Column, p.Line, p.Column, $"{ConfigProblem.Code} Bad configuration", p.Message + " That setting was ignored; checking went on without it."));
            else stderr.WriteLine($"{p} (that setting was ignored; checking went on without it)");
        }
    }

    public static FactBase LoadFacts(string? seeds) =>
        seeds is null ? SeedLoader.Embedded : SeedLoader.LoadFolder(seeds);

    /// <summary>What a bare "$" in a draft means: the currency most of the sources use.</summary>
    public static string DominantCurrency(FactBase facts) => ConfiguredEngine.DominantCurrency(facts);

    /// <summary>Progress is for a person watching a terminal: never when stderr is a file or a pipe (CI logs).</summary>
    private static bool ShowProgressByDefault() => !Console.IsErrorRedirected;

    /// <summary>One verify run: the configuration of each draft's folder (read once per folder) and the engine built from it.</summary>
    private sealed class VerifyRun(string? configFile, string? seedsFlag, DateOnly? asOf)
    {
        private readonly ConfiguredEngine _engine = new();
        private readonly Dictionary<string, CheckerConfig> _byFolder = new(StringComparer.Ordinal);
        private readonly List<ConfigProblem> _problems = [];
        private readonly LoadedConfig? _explicit = configFile is null ? null : ConfigDiscovery.FromFile(configFile);

        public IReadOnlyCollection<ConfigProblem> Problems => _problems.Concat(_explicit?.Problems ?? []).Distinct().ToList();

        public CheckerConfig ConfigOf(string draft) => ConfigFor(Path.GetDirectoryName(Path.GetFullPath(draft))!);

        private CheckerConfig ConfigFor(string folder)
        {
            if (_byFolder.TryGetValue(folder, out var config)) return config;
            var loaded = _explicit ?? ConfigDiscovery.ForFolder(folder);
            foreach (var p in loaded.Problems.Where(p => !_problems.Contains(p))) _problems.Add(p);
            config = loaded.Config;
            if (seedsFlag is not null) config = config with { Seeds = [Path.GetFullPath(seedsFlag)] };
            return _byFolder[folder] = config;
        }

        /// <summary>Checks one draft; null when the configuration ignores it.</summary>
        public CheckedFile? Check(string path)
        {
            var config = ConfigOf(path);
            if (config.IsIgnored(path)) return null;
            var checker = _engine.CheckerFor(config);
            return new CheckedFile(path, checker.Check(DraftFiles.Read(path), ConfiguredEngine.OptionsFor(config, checker.Facts, asOf)));
        }
    }
}
