using Checker.Core.Diagnostics;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Features;
using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Rpc;
using Checker.Workspace;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// Keeps the checker snapshot in step with the settings and the seed files: reads the client's <c>checker</c>
/// settings, builds a new snapshot when they or the seeds change, then re-checks the open drafts. A bad seed folder
/// or manifest keeps the last good facts and is reported as FC9001 on the manifest itself.
/// </summary>
public sealed class FactBaseReloader(
    ClientConnection client, ServerLog log, DraftAnalysis analysis, SeedFiles seedFiles, DiagnosticConverter converter,
    string? workspaceRoot, Func<Task> recheckOpenDrafts)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private int _generation;
    private string? _manifestWithProblem;

    public ServerSettings Settings { get; private set; } = ServerSettings.Default;

    /// <summary>The folders whose changes matter: the active seeds folder and the workspace's <c>seeds/</c>.</summary>
    public IReadOnlyList<string> WatchedFolders =>
        new[] { analysis.Snapshot?.SeedsFolder, workspaceRoot is null ? null : Path.Combine(workspaceRoot, "seeds") }.OfType<string>().ToList();

    public void UseInitialSettings(JToken? section) => Settings = Parse(section);

    /// <summary>Settings from the client (when it answers workspace/configuration), else the ones it pushed; rebuilds on a change.</summary>
    public async Task SettingsChangedAsync(JToken? pushed)
    {
        try
        {
            var settings = await AskClientAsync() ?? Parse(pushed);
            if (settings.SameAs(Settings)) return;
            Settings = settings;
            await RebuildAsync("settings changed");
        }
        catch (Exception ex)
        {
            await log.ErrorAsync($"FC9000: applying the settings failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    public async Task StartAsync()
    {
        if (await AskClientAsync() is { } asked) Settings = asked;
        await RebuildAsync("start-up");
        var globs = new List<string> { "**/seeds/**", "**/" + Checker.Workspace.Configuration.ConfigFile.FileName };
        if (analysis.Snapshot?.SeedsFolder is { } folder) globs.Add(folder.Replace('\\', '/') + "/**");
        await client.RegisterFileWatchersAsync(globs);
    }

    public async Task RebuildAsync(string reason)
    {
        await _oneAtATime.WaitAsync();
        try
        {
            // The very first build falls back to the embedded seeds, so a broken folder never leaves the server without facts.
            var snapshot = TryBuild(Settings, workspaceRoot) ??
                           (analysis.Snapshot is null ? TryBuild(ServerSettings.Default with { Severities = Settings.Severities }, null) : null);
            if (snapshot is null) return;
            analysis.Replace(snapshot);
            await log.InfoAsync($"fact base ready ({reason}): {snapshot.Facts.Facts.Count} facts from {snapshot.Facts.Sources.Count} sources in {snapshot.SeedsFolder ?? "the embedded seeds"}");
            await recheckOpenDrafts();
        }
        catch (Exception ex)
        {
            await log.ErrorAsync($"FC9000: rebuilding the fact base failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally { _oneAtATime.Release(); }
    }

    private CheckerSnapshot? TryBuild(ServerSettings settings, string? root)
    {
        try
        {
            var snapshot = CheckerSnapshot.Build(Interlocked.Increment(ref _generation), settings, root, seedFiles);
            if (_manifestWithProblem is { } repaired)
            {
                _manifestWithProblem = null;
                _ = client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(repaired, null, []));
            }
            return snapshot;
        }
        catch (InputException ex)
        {
            ReportBadSeeds(ex);
            return null;
        }
    }

    private void ReportBadSeeds(InputException ex)
    {
        _ = log.ErrorAsync(ex.Message);
        _ = client.ShowMessageAsync(MessageType.Error, $"Checker: {ex.Message}. Checking goes on with the previous facts.");
        if (!File.Exists(ex.File)) return;
        _manifestWithProblem = DocumentUris.FromPath(ex.File);
        var at = new Position(Math.Max(0, ex.Line - 1), Math.Max(0, ex.Column - 1));
        var diagnostic = new LspDiagnostic(new Protocol.Range(at, at), DiagnosticSeverity.Error, ex.Code,
            converter.PageOf(ToolDiagnostics.BadManifest), DiagnosticConverter.Source, ex.Detail, null);
        _ = client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(_manifestWithProblem, null, [diagnostic]));
    }

    private async Task<ServerSettings?> AskClientAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            return client.Capabilities.Configuration ? Parse(await client.GetSettingsAsync(timeout.Token)) : null;
        }
        catch (Exception ex) when (ex is RemoteInvocationException or OperationCanceledException or Newtonsoft.Json.JsonException)
        {
            await log.WarningAsync($"could not read the client's settings: {ex.Message}");
            return null;
        }
    }

    private ServerSettings Parse(JToken? section)
    {
        var problems = new List<string>();
        var settings = ServerSettings.Parse(section, problems);
        foreach (var problem in problems) _ = log.WarningAsync($"{ToolDiagnostics.BadConfiguration.Id}: {problem}");
        return settings;
    }
}
