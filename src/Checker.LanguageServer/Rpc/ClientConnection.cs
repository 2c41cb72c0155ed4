using Checker.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Checker.LanguageServer.Rpc;

/// <summary>Messages the server sends to the client. Requests the client did not declare support for are never sent.</summary>
public sealed class ClientConnection(JsonRpc rpc)
{
    public ClientCapabilities Capabilities { get; set; } = new(null);

    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, LspJson.ToParams(parameters));

    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams parameters) => NotifyAsync("textDocument/publishDiagnostics", parameters);

    public Task PublishDiagnosticsAsync(SerializedPublishDiagnosticsParams parameters) => NotifyAsync("textDocument/publishDiagnostics", parameters);

    public Task ShowMessageAsync(int type, string message) => NotifyAsync("window/showMessage", new ShowMessageParams(type, message));

    /// <summary>The client's <c>checker</c> settings section, or null when it cannot be asked.</summary>
    public async Task<JToken?> GetSettingsAsync(CancellationToken cancellation)
    {
        if (!Capabilities.Configuration) return null;
        var answer = await rpc.InvokeWithParameterObjectAsync<JArray?>("workspace/configuration",
            new ConfigurationParams([new ConfigurationItem("checker")]), cancellation).ConfigureAwait(false);
        return answer is { Count: > 0 } ? answer[0] : null;
    }

    /// <summary>Asks the client to watch these globs and report changes with <c>workspace/didChangeWatchedFiles</c>.</summary>
    public Task RegisterFileWatchersAsync(IEnumerable<string> globs)
    {
        if (!Capabilities.WatchedFilesRegistration) return Task.CompletedTask;
        var options = new JObject { ["watchers"] = new JArray(globs.Select(g => new JObject { ["globPattern"] = g })) };
        return rpc.InvokeWithParameterObjectAsync("client/registerCapability",
            new RegistrationParams([new Registration("checker-seeds", "workspace/didChangeWatchedFiles", options)]));
    }

    public Task RefreshDiagnosticsAsync() =>
        Capabilities.DiagnosticRefresh ? rpc.InvokeAsync("workspace/diagnostic/refresh") : Task.CompletedTask;

    /// <summary>Opens a document in the editor; false when the client cannot.</summary>
    public async Task<bool> ShowDocumentAsync(ShowDocumentParams parameters)
    {
        if (!Capabilities.ShowDocument) return false;
        var answer = await rpc.InvokeWithParameterObjectAsync<JObject?>("window/showDocument", parameters).ConfigureAwait(false);
        return answer?["success"]?.Type == JTokenType.Boolean && (bool)answer["success"]!;
    }
}
