using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Checker.LanguageServer.Rpc;

/// <summary>
/// LSP's <c>Content-Length</c> framing, which survives a malformed message: a frame whose body is not a JSON-RPC message
/// is answered with a ParseError response and skipped, instead of ending the connection.
/// </summary>
public sealed class TolerantMessageHandler(Stream sending, Stream receiving, IJsonRpcMessageFormatter formatter, ServerLog log)
    : HeaderDelimitedMessageHandler(sending, receiving, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (IsBadMessage(ex))
            {
                await log.ErrorAsync($"FC9000: ignored a malformed message: {ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
                await WriteAsync(new JsonRpcError
                {
                    RequestId = default,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "Parse error: " + ex.Message },
                }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    // Only content problems; a closed or cancelled stream must still end the read loop.
    private static bool IsBadMessage(Exception ex) =>
        ex is not (OperationCanceledException or ObjectDisposedException or EndOfStreamException or IOException) &&
        (ex is Newtonsoft.Json.JsonException or FormatException or BadRpcHeaderException or InvalidOperationException ||
         ex.InnerException is Newtonsoft.Json.JsonException);
}
