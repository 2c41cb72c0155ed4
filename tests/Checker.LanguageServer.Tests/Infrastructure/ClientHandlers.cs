using System.Diagnostics;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Checker.LanguageServer.Tests.Infrastructure;

/// <summary>What the test client answers and records of the server's own messages.</summary>
public sealed class ClientHandlers(JObject settings, Process process)
{
    public List<string> Stderr { get; } = [];
    public List<JObject> Logs { get; } = [];
    public List<JObject> ShownMessages { get; } = [];
    public List<JObject> Registrations { get; } = [];
    public List<JObject> ClaimCounts { get; } = [];
    public Action<JObject> Published { get; set; } = _ => { };
    public int ProcessId => process.Id;

    /// <summary>The <c>checker</c> section the client answers <c>workspace/configuration</c> with; tests may change it.</summary>
    public JObject Settings { get; set; } = settings;

    [JsonRpcMethod("textDocument/publishDiagnostics")]
    public void PublishDiagnostics(JObject parameters) => Published(parameters);

    [JsonRpcMethod("window/logMessage")]
    public void LogMessage(JObject parameters) { lock (Logs) Logs.Add(parameters); }

    [JsonRpcMethod("window/showMessage")]
    public void ShowMessage(JObject parameters) { lock (ShownMessages) ShownMessages.Add(parameters); }

    [JsonRpcMethod("checker/claimCounts")]
    public void ClaimCountsReceived(JObject parameters) { lock (ClaimCounts) ClaimCounts.Add(parameters); }

    [JsonRpcMethod("workspace/configuration")]
    public JArray Configuration(JObject parameters) =>
        new(((JArray)parameters["items"]!).Select(item => (string?)item["section"] == "checker" ? (JToken)Settings : JValue.CreateNull()));

    [JsonRpcMethod("client/registerCapability")]
    public object? RegisterCapability(JObject parameters)
    {
        lock (Registrations) Registrations.Add(parameters);
        return null;
    }
}
