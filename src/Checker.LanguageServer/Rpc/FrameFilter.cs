using System.IO.Pipelines;
using System.Text;

namespace Checker.LanguageServer.Rpc;

/// <summary>
/// Sits between stdin and StreamJsonRpc and passes on only well-formed LSP frames (<c>Content-Length</c> header, a JSON
/// object body that looks like JSON-RPC), as cut by <see cref="FrameScanner"/>. StreamJsonRpc ends the connection on a
/// message it cannot parse and loses its place on a wrong Content-Length; here every such problem is logged as FC9000,
/// the filter resynchronises on the next header, and the server keeps serving.
/// </summary>
public sealed class FrameFilter(Stream input, PipeWriter output, ServerLog log)
{
    public async Task PumpAsync()
    {
        var scanner = new FrameScanner();
        var chunk = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await input.ReadAsync(chunk)) > 0)
            {
                scanner.Append(chunk.AsSpan(0, read));
                while (scanner.Next() is { } next)
                {
                    if (next.Problem is { } problem) await log.ErrorAsync($"FC9000: {problem}");
                    else await ForwardAsync(next.Body!);
                }
            }
            if (scanner.Finish() is { } unfinished) await log.ErrorAsync($"FC9000: {unfinished}");
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The client closed stdin: the connection ends below.
        }
        finally
        {
            await output.CompleteAsync();
        }
    }

    private async Task ForwardAsync(byte[] body)
    {
        await output.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await output.WriteAsync(body);
        await output.FlushAsync();
        LatencyTrace.FrameForwarded();
    }
}
