using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Checker.Benchmarks;

/// <summary>
/// Samples the runtime's allocation ticks (one per ~100 KB allocated) and adds up, by type, those on the large-object
/// heap: what makes the large-object budget run out, and with it a full collection.
/// </summary>
internal sealed class LargeObjectListener : EventListener
{
    public ConcurrentDictionary<string, long> Sampled { get; } = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName != "GCAllocationTick_V4" || e.Payload is null) return;
        var kind = Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("AllocationKind")]);
        if (kind != 1) return; // 1: large object heap
        var type = e.Payload[e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
        var bytes = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("AllocationAmount64")]);
        Sampled.AddOrUpdate(type, bytes, (_, total) => total + bytes);
    }
}
