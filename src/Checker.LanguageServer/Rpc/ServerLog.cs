using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Rpc;

/// <summary>
/// The server's log: stderr always (stdout is the protocol channel and is never written to), and the client's
/// output channel via <c>window/logMessage</c> once connected.
/// </summary>
public sealed class ServerLog(TextWriter stderr)
{
    private ClientConnection? _client;

    public void Attach(ClientConnection client) => _client = client;

    public Task InfoAsync(string message) => WriteAsync(MessageType.Info, message);

    public Task WarningAsync(string message) => WriteAsync(MessageType.Warning, message);

    public Task ErrorAsync(string message) => WriteAsync(MessageType.Error, message);

    /// <summary>A line for stderr only (latency traces): the client's channel is the thing being timed.</summary>
    public void Trace(string? line)
    {
        if (line is not null) lock (stderr) stderr.WriteLine($"[checker-lsp] {line}");
    }

    private async Task WriteAsync(int type, string message)
    {
        lock (stderr) stderr.WriteLine($"[checker-lsp] {message}");
        if (_client is null) return;
        try
        {
            await _client.NotifyAsync("window/logMessage", new LogMessageParams(type, message)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ObjectDisposedException or IOException or StreamJsonRpc.ConnectionLostException)
        {
            // The client is gone; stderr already has the line.
        }
    }
}
