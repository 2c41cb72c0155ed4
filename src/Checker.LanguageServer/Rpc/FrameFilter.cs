using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Checker.LanguageServer.Rpc;

/// <summary>
/// Sits between stdin and StreamJsonRpc and passes on only well-formed LSP frames (<c>Content-Length</c> header, a JSON
/// object body that looks like JSON-RPC). StreamJsonRpc ends the connection on a message it cannot parse; here such a
/// frame is logged as FC9000 and skipped, and the server keeps serving.
/// </summary>
public sealed class FrameFilter(Stream input, PipeWriter output, ServerLog log)
{
    private readonly BufferedStream _input = new(input, 64 * 1024);

    public async Task PumpAsync()
    {
        try
        {
            while (await ReadHeaderAsync() is { } header)
            {
                if (!TryContentLength(header, out var length))
                {
                    await log.ErrorAsync($"FC9000: skipped a frame without a valid Content-Length header: '{header.Trim()}'");
                    continue;
                }
                var body = new byte[length];
                await _input.ReadExactlyAsync(body);
                if (Problem(body) is { } problem)
                {
                    await log.ErrorAsync($"FC9000: skipped a malformed message ({problem})");
                    continue;
                }
                await output.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {length}\r\n\r\n"));
                await output.WriteAsync(body);
                await output.FlushAsync();
                LatencyTrace.FrameForwarded();
            }
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ObjectDisposedException)
        {
            // The client closed stdin: the connection ends below.
        }
        finally
        {
            await output.CompleteAsync();
        }
    }

    /// <summary>The header block up to the blank line, or null at the end of input.</summary>
    private async Task<string?> ReadHeaderAsync()
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await _input.ReadAsync(one) == 0) return null;
            header.Append((char)one[0]);
            if (header.Length >= 4 && header[^1] == '\n' && header[^2] == '\r' && header[^3] == '\n' && header[^4] == '\r') return header.ToString();
            if (header.Length > 8192) return header.ToString(); // not a header at all; reported by the caller
        }
    }

    private static bool TryContentLength(string header, out int length)
    {
        length = 0;
        foreach (var line in header.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                return int.TryParse(line[(colon + 1)..].Trim(), out length) && length is >= 0 and <= 256 * 1024 * 1024;
        }
        return false;
    }

    private static string? Problem(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return "not a JSON object";
            if (!root.TryGetProperty("jsonrpc", out _)) return "no 'jsonrpc' member";
            if (root.TryGetProperty("method", out var method) && method.ValueKind != JsonValueKind.String) return "'method' is not a string";
            if (!root.TryGetProperty("method", out _) && !root.TryGetProperty("id", out _)) return "neither a request, a notification nor a response";
            return null;
        }
        catch (JsonException ex)
        {
            return "invalid JSON: " + ex.Message;
        }
    }
}
