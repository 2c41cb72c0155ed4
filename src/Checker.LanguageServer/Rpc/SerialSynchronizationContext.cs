using System.Threading.Channels;

namespace Checker.LanguageServer.Rpc;

/// <summary>
/// Runs posted work one item at a time, in order. Given to JsonRpc so that notifications are handled in the order they
/// arrive: incremental <c>didChange</c> edits are only meaningful applied in sequence.
/// </summary>
public sealed class SerialSynchronizationContext : SynchronizationContext
{
    private readonly Channel<(SendOrPostCallback Callback, object? State)> _queue = Channel.CreateUnbounded<(SendOrPostCallback, object?)>(
        new UnboundedChannelOptions { SingleReader = true });

    public SerialSynchronizationContext() => _ = Task.Run(DrainAsync);

    public override void Post(SendOrPostCallback d, object? state) => _queue.Writer.TryWrite((d, state));

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Send would deadlock a serial context.");

    public override SynchronizationContext CreateCopy() => this;

    private async Task DrainAsync()
    {
        await foreach (var (callback, state) in _queue.Reader.ReadAllAsync())
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try { callback(state); }
            catch (Exception ex) { Console.Error.WriteLine($"[checker-lsp] unhandled: {ex}"); }
            finally { SetSynchronizationContext(previous); }
        }
    }
}
