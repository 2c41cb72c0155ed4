using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Checker.Core.Analysis;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Rpc;
using Checker.Workspace;
using Checker.Workspace.Configuration;

namespace Checker.LanguageServer.Checking;

/// <summary>How one draft is checked: the checker and options its <c>checker.json</c> files and the editor settings give.</summary>
public sealed record DraftSetup(DraftChecker Checker, CheckOptions Options, bool Ignored);

/// <summary>
/// Applies <c>checker.json</c> to open drafts exactly as <c>checker verify</c> does (<see cref="ConfigDiscovery.ForDraft"/>,
/// <see cref="ConfiguredEngine"/>), with the search bounded by the draft's workspace folder. The editor's settings
/// override the file: <c>checker.seeds</c> replaces its <c>seeds</c>, and <c>checker.severity</c> wins rule by rule.
/// Results are kept per snapshot; a changed <c>checker.json</c> makes a new snapshot, so the files are read again.
/// Problems in a file are published on that file as FC9004 by <see cref="ConfigProblemReporter"/>.
/// </summary>
public sealed class DraftConfiguration(WorkspaceFolders folders, ConfigProblemReporter problems, ServerLog log)
{
    private readonly ConditionalWeakTable<CheckerSnapshot, ConcurrentDictionary<string, DraftSetup>> _setups = new();

    /// <summary>The setup for a document of this snapshot; a document without a file in a workspace folder gets the defaults.</summary>
    public DraftSetup For(string uri, CheckerSnapshot snapshot)
    {
        var defaults = new DraftSetup(snapshot.Checker, snapshot.Options, false);
        var path = DocumentUris.ToPath(uri);
        if (path is null || folders.RootOf(path) is not { } root) return defaults;
        var cache = _setups.GetValue(snapshot, _ => new ConcurrentDictionary<string, DraftSetup>(StringComparer.Ordinal));
        return cache.GetOrAdd(path, _ => Resolve(path, root, snapshot, defaults));
    }

    private DraftSetup Resolve(string path, string root, CheckerSnapshot snapshot, DraftSetup defaults)
    {
        try
        {
            var loaded = ConfigDiscovery.ForDraft(path, stopAt: root);
            problems.Report(loaded);
            var config = loaded.Config;
            if (config.IsIgnored(path)) return defaults with { Ignored = true };

            // checker.seeds (or, when neither says, the workspace's seeds/) is the snapshot's own folder.
            IReadOnlyList<string> own = snapshot.SeedsFolder is { } folder ? [folder] : [];
            var useOwn = snapshot.Settings.Seeds is not null || config.Seeds.Count == 0;
            var checker = useOwn && config.Synonyms.Count == 0
                ? snapshot.Checker
                : CheckerFor(snapshot, config with { Seeds = useOwn ? own : config.Seeds }, path);
            var options = ConfiguredEngine.OptionsFor(config, checker.Facts);
            var severities = new Dictionary<string, Core.Diagnostics.Severity?>(config.Rules, StringComparer.OrdinalIgnoreCase);
            foreach (var (id, severity) in snapshot.Settings.Severities) severities[id] = severity;
            return new DraftSetup(checker, options with { Severities = severities }, false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _ = log.WarningAsync($"could not read the configuration of {path}: {ex.Message}");
            return defaults;
        }
    }

    private DraftChecker CheckerFor(CheckerSnapshot snapshot, CheckerConfig config, string path)
    {
        try
        {
            return snapshot.Engine.CheckerFor(config);
        }
        catch (InputException ex)
        {
            _ = log.ErrorAsync($"{ex.Message} (seeds of {path}'s checker.json); checking it with the editor's facts");
            return snapshot.Checker;
        }
    }
}
