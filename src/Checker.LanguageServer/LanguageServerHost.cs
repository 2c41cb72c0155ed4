using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Rpc;
using System.IO.Pipelines;
using StreamJsonRpc;

namespace Checker.LanguageServer;

/// <summary>
/// <c>checker lsp [--stdio]</c>: serves LSP over stdin/stdout with <c>Content-Length</c> framing until <c>exit</c>.
/// Exit code: 0 after shutdown+exit, 1 when the client vanished or sent exit without shutdown.
/// </summary>
public static class LanguageServerHost
{
    public static int Run(string[] args)
    {
        var stdout = Console.OpenStandardOutput();
        // Anything that writes to Console.Out by mistake lands on stderr instead of corrupting the protocol.
        Console.SetOut(Console.Error);
        foreach (var arg in args.Where(a => a != "--stdio"))
            Console.Error.WriteLine($"[checker-lsp] ignoring unknown argument '{arg}'");
        return RunAsync(Console.OpenStandardInput(), stdout, Console.Error).GetAwaiter().GetResult();
    }

    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter stderr)
    {
        var log = new ServerLog(stderr);
        var formatter = new JsonMessageFormatter();
        LspJson.Configure(formatter.JsonSerializer);
        var frames = new Pipe();
        _ = Task.Run(() => new FrameFilter(input, frames.Writer, log).PumpAsync());
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(PipeWriter.Create(output), frames.Reader, formatter))
        {
            SynchronizationContext = new SerialSynchronizationContext(),
        };
        var client = new ClientConnection(rpc);
        log.Attach(client);
        var target = new LanguageServerTarget(client, log);
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();
        var finished = await Task.WhenAny(target.Exited, rpc.Completion);
        return finished == target.Exited ? await target.Exited : 1;
    }
}
