using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Rpc;

/// <summary>What the client said it can do in <c>initialize</c>, read by path so unknown or missing parts are just "no".</summary>
public sealed class ClientCapabilities(JToken? capabilities)
{
    private bool Has(string path) => capabilities?.SelectToken(path) is { } token && token.Type != JTokenType.Null;
    private bool IsTrue(string path) => capabilities?.SelectToken(path) is { Type: JTokenType.Boolean } token && (bool)token;

    public bool PullDiagnostics => Has("textDocument.diagnostic");
    public bool DiagnosticRefresh => IsTrue("workspace.diagnostics.refreshSupport");
    public bool Configuration => IsTrue("workspace.configuration");
    public bool WatchedFilesRegistration => IsTrue("workspace.didChangeWatchedFiles.dynamicRegistration");
    public bool ShowDocument => IsTrue("window.showDocument.support");
}
