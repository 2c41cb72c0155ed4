using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Features;
using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Rpc;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Checker.LanguageServer;

/// <summary>
/// The JSON-RPC target: one method per LSP message, each short, delegating to the documents, the analysis and the
/// feature builders. Requests about a document that is not open get an InvalidParams error; nothing here ends the
/// process except <c>exit</c>.
/// </summary>
public sealed class LanguageServerTarget(ClientConnection client, ServerLog log)
{
    private const int InvalidParams = -32602;
    private readonly OpenDocuments _documents = new();
    private readonly DraftAnalysis _analysis = new();
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ServerOptions _options = ServerOptions.Parse(null, SeedFiles.DefaultCacheDirectory());
    private bool _pull;
    private bool _shutdown;
    private DiagnosticConverter _converter = null!;
    private DiagnosticsJson _diagnosticsJson = null!;
    private readonly PulledReports _pulledReports = new();
    private DiagnosticsScheduler _scheduler = null!;
    private FactBaseReloader _reloader = null!;
    private ShowFactsCommand _showFacts = null!;
    private ConfigProblemReporter _configProblems = null!;

    /// <summary>Completes with the exit code when the client sends <c>exit</c>: 0 after <c>shutdown</c>, 1 otherwise.</summary>
    public Task<int> Exited => _exit.Task;

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        _options = ServerOptions.Parse(request.InitializationOptions, SeedFiles.DefaultCacheDirectory());
        client.Capabilities = new ClientCapabilities(request.Capabilities);
        _pull = client.Capabilities.PullDiagnostics && !_options.ForcePush;
        var folders = WorkspaceFolders.From(request);
        var workspaceRoot = folders.Primary;
        var seedFiles = new SeedFiles(_options.CacheDirectory);
        _converter = new DiagnosticConverter(seedFiles, new RulePages(_options.CacheDirectory, workspaceRoot));
        _diagnosticsJson = new DiagnosticsJson(_converter);
        _scheduler = new DiagnosticsScheduler(_documents, _analysis, PublishAsync, log, _options.Debounce);
        _reloader = new FactBaseReloader(client, log, _analysis, seedFiles, _converter, workspaceRoot, RecheckOpenDraftsAsync);
        _reloader.UseInitialSettings(_options.Settings);
        _configProblems = new ConfigProblemReporter(client, _converter);
        _analysis.Configuration = new DraftConfiguration(folders, _configProblems, log);
        _showFacts = new ShowFactsCommand(client, log, _options.CacheDirectory);

        var capabilities = new JObject
        {
            ["textDocumentSync"] = new JObject { ["openClose"] = true, ["change"] = 2 /* incremental */, ["save"] = new JObject() },
            ["hoverProvider"] = true,
            ["codeActionProvider"] = new JObject { ["codeActionKinds"] = new JArray(CodeActionKind.QuickFix) },
            ["executeCommandProvider"] = new JObject { ["commands"] = new JArray(CodeActionBuilder.ShowFactsCommand) },
        };
        if (_pull) capabilities["diagnosticProvider"] = new JObject { ["interFileDependencies"] = false, ["workspaceDiagnostics"] = false };
        return new InitializeResult(capabilities, new ServerInfo("checker", typeof(LanguageServerTarget).Assembly.GetName().Version?.ToString() ?? "0"));
    }

    [JsonRpcMethod("initialized")]
    public void Initialized(JToken? request) => _ = Task.Run(async () =>
    {
        try { await _reloader.StartAsync(); }
        catch (Exception ex) { await log.ErrorAsync($"FC9000: start-up failed: {ex.GetType().Name}: {ex.Message}"); }
    });

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        _shutdown = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult(_shutdown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        var item = request.TextDocument;
        var document = new OpenDocument(item.Uri, item.Version, item.Text ?? "");
        _scheduler.Edit(() => _documents.Set(document));
        if (!_pull) _scheduler.Schedule(document, TimeSpan.Zero);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        LatencyTrace.Received(request.TextDocument.Uri, request.TextDocument.Version);
        OpenDocument? changed = null;
        _scheduler.Edit(() =>
        {
            var open = _documents.Find(request.TextDocument.Uri);
            if (open is null) return;
            changed = open.Apply(request.TextDocument.Version, request.ContentChanges ?? []);
            _documents.Set(changed);
        });
        if (changed is null)
        {
            _ = log.WarningAsync($"didChange for a document that is not open: {request.TextDocument.Uri}");
            return;
        }
        LatencyTrace.Mark(changed.Uri, changed.Version, "applied");
        if (!_pull) _scheduler.Schedule(changed);
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        var uri = request.TextDocument.Uri;
        _scheduler.Edit(() => _documents.Remove(uri));
        _scheduler.Cancel(uri);
        _analysis.Forget(uri);
        _diagnosticsJson.Forget(uri);
        _pulledReports.Forget(uri);
        if (!_pull) _ = client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(uri, null, []));
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        // Diagnostics follow the buffer, saved or not: saving changes nothing.
    }

    [JsonRpcMethod("textDocument/hover")]
    public async Task<Hover?> HoverAsync(TextDocumentPositionParams request, CancellationToken cancellation)
    {
        Require(request.Position, "position");
        var draft = await AnalyseAsync(request.TextDocument?.Uri, cancellation);
        return new HoverBuilder(_converter).Build(draft, draft.Result.Document.Lines.ToOffset(request.Position));
    }

    [JsonRpcMethod("textDocument/codeAction")]
    public async Task<IReadOnlyList<CodeAction>> CodeActionAsync(CodeActionParams request, CancellationToken cancellation)
    {
        Require(request.Range?.Start, "range.start");
        Require(request.Range?.End, "range.end");
        var draft = await AnalyseAsync(request.TextDocument?.Uri, cancellation);
        return new CodeActionBuilder(_converter).Build(draft, draft.Result.Document.Lines.ToSpan(request.Range!), request.Context?.Only);
    }

    [JsonRpcMethod("textDocument/diagnostic")]
    public async Task<JObject> DiagnosticAsync(DocumentDiagnosticParams request, CancellationToken cancellation)
    {
        // The client pulls on every edit and cancels the older pull; the scheduler checks it as it would a pushed edit
        // (at once when the draft is idle, else debounced behind the running check).
        var uri = request.TextDocument?.Uri;
        Require(uri, "textDocument.uri");
        var open = _documents.Find(uri!) ?? throw new LocalRpcException($"document not open: {uri}") { ErrorCode = InvalidParams };
        var draft = await _scheduler.CheckPulledAsync(open, cancellation);
        _ = client.NotifyAsync("checker/claimCounts", ClaimCounts.Of(draft));
        var report = _pulledReports.Answer(draft.Document.Uri, request.PreviousResultId, _diagnosticsJson.Write(draft),
            $"{draft.Snapshot.Generation}:{draft.Document.Version}");
        // Serialized here like notifications (LspJson.ToParams): the items are one raw JSON value, copied as is.
        return LspJson.ToParams(report);
    }

    [JsonRpcMethod("workspace/executeCommand")]
    public async Task<string?> ExecuteCommandAsync(ExecuteCommandParams request, CancellationToken cancellation)
    {
        if (request.Command != CodeActionBuilder.ShowFactsCommand)
            throw new LocalRpcException($"unknown command '{request.Command}'") { ErrorCode = InvalidParams };
        var args = request.Arguments;
        if (args is not { Count: 3 } || args[0].Type != JTokenType.String || args[1].Type != JTokenType.Integer || args[2].Type != JTokenType.Integer)
            throw new LocalRpcException($"{CodeActionBuilder.ShowFactsCommand} expects [uri, line, character]") { ErrorCode = InvalidParams };
        var draft = await AnalyseAsync((string)args[0]!, cancellation);
        var offset = draft.Result.Document.Lines.ToOffset(new Position((int)args[1], (int)args[2]));
        if (draft.JudgementAt(offset) is not { } judgement) return null;
        return await _showFacts.RunAsync(judgement);
    }

    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public void DidChangeConfiguration(DidChangeConfigurationParams request) =>
        // VS Code sends an empty ping and expects to be asked; other clients send the values.
        _ = Task.Run(() => _reloader.SettingsChangedAsync(request.Settings is JObject all ? all["checker"] ?? all : null));

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        if (_reloader is null) return;
        var folders = _reloader.WatchedFolders;
        var paths = (request?.Changes ?? []).Select(c => DocumentUris.ToPath(c?.Uri)).OfType<string>().ToList();
        var touchesSeeds = paths.Any(path => folders.Any(folder => DocumentUris.IsUnder(path, folder)));
        var configFiles = paths.Where(path => Path.GetFileName(path) == Checker.Workspace.Configuration.ConfigFile.FileName).ToList();
        var touchesConfig = configFiles.Count > 0;
        // A deleted or repaired checker.json loses its FC9004s now; the rebuild below re-reads the rest.
        if (touchesConfig) _configProblems.FilesChanged(configFiles);
        // A new snapshot drops every draft's configuration and result, so checker.json is read again and drafts re-checked.
        if (touchesSeeds || touchesConfig) _ = Task.Run(() => _reloader.RebuildAsync(touchesSeeds ? "seeds changed" : "checker.json changed"));
    }

    private static void Require(object? value, string name)
    {
        if (value is null) throw new LocalRpcException($"missing '{name}'") { ErrorCode = InvalidParams };
    }

    private async Task<AnalysedDraft> AnalyseAsync(string? uri, CancellationToken cancellation)
    {
        Require(uri, "textDocument.uri");
        var document = _documents.Find(uri!) ?? throw new LocalRpcException($"document not open: {uri}") { ErrorCode = InvalidParams };
        return await _analysis.AnalyseAsync(document).WaitAsync(cancellation);
    }

    private async Task PublishAsync(AnalysedDraft draft)
    {
        var (uri, version) = (draft.Document.Uri, draft.Document.Version);
        var diagnostics = _diagnosticsJson.Write(draft);
        LatencyTrace.Mark(uri, version, "converted");
        await client.PublishDiagnosticsAsync(new SerializedPublishDiagnosticsParams(uri, version, diagnostics));
        LatencyTrace.Mark(uri, version, "published");
        log.Trace(LatencyTrace.Finish(uri, version));
        await client.NotifyAsync("checker/claimCounts", ClaimCounts.Of(draft));
    }

    private async Task RecheckOpenDraftsAsync()
    {
        if (_pull) await client.RefreshDiagnosticsAsync();
        else foreach (var document in _documents.All) _scheduler.Schedule(document, TimeSpan.Zero);
    }
}
