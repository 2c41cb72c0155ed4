using System.Diagnostics.Tracing;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>
/// `allocations [-n N] FILE`: which types extraction allocates, from the runtime's allocation ticks (one event per ~100 KB
/// allocated, naming the type whose allocation crossed the mark), so the totals are estimates in proportion to the bytes.
/// </summary>
public static class AllocationTypes
{
    public static int Run(string[] args)
    {
        var runs = 4;
        if (args.Length >= 2 && args[0] == "-n") { runs = int.Parse(args[1]); args = args[2..]; }
        var text = File.ReadAllText(args[0]);
        var facts = SeedLoader.Embedded;
        var extractor = new ClaimExtractor(facts.Lexicon);
        var document = MarkdownProse.Parse(text);
        var options = new RecognizerOptions("CAD", new DateOnly(2025, 9, 1));
        extractor.Extract(document, options);
        using var listener = new AllocationTickListener();
        for (var run = 0; run < runs; run++) extractor.Extract(document, options);
        var total = listener.Bytes.Values.Sum();
        Console.WriteLine($"{Path.GetFileName(args[0])}: {total / 1e6 / runs:F1} MB sampled per extraction");
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(b => b.Value).Take(25))
            Console.WriteLine($"{bytes * 100.0 / total,5:F1}%  {bytes / 1e6 / runs,6:F2} MB  {type}");
        return 0;
    }

    private sealed class AllocationTickListener : EventListener
    {
        public Dictionary<string, long> Bytes { get; } = [];

        protected override void OnEventSourceCreated(EventSource source)
        {
            // GC keyword (0x1) at verbose level carries GCAllocationTick.
            if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (!e.EventName!.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            lock (Bytes) Bytes[type] = Bytes.GetValueOrDefault(type) + amount;
        }
    }
}
