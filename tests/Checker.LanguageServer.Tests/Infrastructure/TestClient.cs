using System.Diagnostics;
using System.Threading.Channels;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Checker.LanguageServer.Tests.Infrastructure;

/// <summary>
/// An LSP client over the server process's stdio, built on StreamJsonRpc with LSP framing. It speaks plain JSON
/// (JObject), not the server's DTOs, so the tests check the wire format a real editor sees.
/// </summary>
public sealed class TestClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly Channel<JObject> _diagnostics = Channel.CreateUnbounded<JObject>();
    private readonly List<JObject> _published = [];
    private readonly List<JObject> _pending = [];
    private readonly Lock _gate = new();
    private readonly ClientHandlers _handlers;

    private TestClient(Process process, JsonRpc rpc, ClientHandlers handlers)
    {
        _process = process;
        _rpc = rpc;
        _handlers = handlers;
        handlers.Published = OnPublished;
    }

    public JsonRpc Rpc => _rpc;
    public Process Process => _process;
    public ClientHandlers Handlers => _handlers;
    public Stream RawInput => _process.StandardInput.BaseStream;

    public static TestClient Start(JObject? settings = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Repository.ServerDll, "lsp", "--stdio" }) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        var handlers = new ClientHandlers(settings ?? new JObject(), process);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (handlers.Stderr) handlers.Stderr.Add(e.Data); };
        process.BeginErrorReadLine();
        var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new JsonMessageFormatter()));
        rpc.AddLocalRpcTarget(handlers, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        return new TestClient(process, rpc, handlers);
    }

    /// <summary>initialize + initialized, with the capabilities of a client that takes pushed diagnostics unless told otherwise.</summary>
    public async Task<JObject> InitializeAsync(string? rootPath = null, JObject? capabilities = null, JObject? initializationOptions = null)
    {
        var result = await _rpc.InvokeWithParameterObjectAsync<JObject>("initialize", new JObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = rootPath is null ? null : new Uri(rootPath).AbsoluteUri,
            ["capabilities"] = capabilities ?? DefaultCapabilities(),
            ["initializationOptions"] = initializationOptions ?? new JObject { ["cacheDirectory"] = Path.Combine(Path.GetTempPath(), "checker-lsp-tests-cache") },
        });
        await _rpc.NotifyWithParameterObjectAsync("initialized", new JObject());
        return result;
    }

    public static JObject DefaultCapabilities() => JObject.Parse("""
        { "workspace": { "configuration": true, "didChangeWatchedFiles": { "dynamicRegistration": true } },
          "textDocument": { "publishDiagnostics": { "relatedInformation": true, "versionSupport": true } } }
        """);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = version, ["text"] = text },
        });

    /// <summary>Sends one incremental edit: the range (zero-based line/character) replaced by <paramref name="newText"/>.</summary>
    public Task ChangeAsync(string uri, int version, JToken range, string newText) =>
        _rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JArray(new JObject { ["range"] = range, ["text"] = newText }),
        });

    public Task<JToken?> RequestAsync(string method, JObject parameters) => _rpc.InvokeWithParameterObjectAsync<JToken?>(method, parameters);

    /// <summary>Waits for diagnostics published for this URI and exactly this version (a server may publish a version twice).</summary>
    public async Task<JArray> DiagnosticsAsync(string uri, int version, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            lock (_gate)
            {
                var match = _published.LastOrDefault(p => (string?)p["uri"] == uri && (int?)p["version"] == version);
                if (match is not null) return (JArray)match["diagnostics"]!;
            }
            try { await _diagnostics.Reader.WaitToReadAsync(cancel.Token); }
            catch (OperationCanceledException) { throw new TimeoutException($"no diagnostics for {uri} version {version}; stderr:\n{Stderr}"); }
            while (_diagnostics.Reader.TryRead(out _)) { }
        }
    }

    /// <summary>Every publication received so far, oldest first.</summary>
    public IReadOnlyList<JObject> Published { get { lock (_gate) return _published.ToList(); } }

    public string Stderr { get { lock (_handlers.Stderr) return string.Join('\n', _handlers.Stderr); } }

    private void OnPublished(JObject parameters)
    {
        lock (_gate) _published.Add(parameters);
        _diagnostics.Writer.TryWrite(parameters);
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await _rpc.InvokeAsync<object?>("shutdown");
        await _rpc.NotifyAsync("exit");
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
