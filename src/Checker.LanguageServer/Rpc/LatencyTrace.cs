using System.Collections.Concurrent;
using System.Diagnostics;

namespace Checker.LanguageServer.Rpc;

/// <summary>
/// Where the time between a keystroke and its diagnostics goes. Off unless the environment variable
/// <c>CHECKER_LSP_TRACE</c> is set (to anything but 0); then every published version gets one stderr line with the
/// milliseconds at which each stage was reached, counted from the moment its frame left <see cref="FrameFilter"/>:
/// <c>[checker-lsp] trace file:///a.md v7: frame 0.00 received 0.21 applied 0.25 check 0.40 … published 2.90</c>.
/// When off, every call is a field test and returns: nothing is allocated on the typing path.
/// </summary>
public static class LatencyTrace
{
    public static readonly bool Enabled =
        Environment.GetEnvironmentVariable("CHECKER_LSP_TRACE") is { Length: > 0 } value && value != "0";

    private static readonly ConcurrentDictionary<(string Uri, int Version), List<(string Stage, long At)>> Marks = new();
    private static long _lastFrameAt;

    /// <summary>Called by the frame filter as it hands a complete frame to the JSON-RPC reader.</summary>
    public static void FrameForwarded()
    {
        if (Enabled) Volatile.Write(ref _lastFrameAt, Stopwatch.GetTimestamp());
    }

    /// <summary>The first mark of a version: also records when the frame that carried it was forwarded.</summary>
    public static void Received(string uri, int version)
    {
        if (!Enabled) return;
        var marks = new List<(string, long)> { ("frame", Volatile.Read(ref _lastFrameAt)), ("received", Stopwatch.GetTimestamp()) };
        Marks[(uri, version)] = marks;
    }

    public static void Mark(string uri, int version, string stage)
    {
        if (!Enabled || !Marks.TryGetValue((uri, version), out var marks)) return;
        lock (marks) marks.Add((stage, Stopwatch.GetTimestamp()));
    }

    /// <summary>The version's line (after its last stage), forgetting it and any older version never published; null when off.</summary>
    public static string? Finish(string uri, int version)
    {
        if (!Enabled || !Marks.TryRemove((uri, version), out var marks)) return null;
        foreach (var key in Marks.Keys.Where(k => k.Uri == uri && k.Version < version)) Marks.TryRemove(key, out _);
        string line;
        lock (marks)
        {
            var start = marks[0].At;
            line = string.Join(' ', marks.Select(m => $"{m.Stage} {Stopwatch.GetElapsedTime(start, m.At).TotalMilliseconds:F2}"));
        }
        // Stopwatch ticks are CLOCK_MONOTONIC nanoseconds on Linux, the clock Node's hrtime reads: the latency harness
        // lines this up with its own send and receive times to split transport from the server's work.
        var clock = Stopwatch.Frequency == 1_000_000_000 ? $" clock {marks[0].At}" : "";
        return $"trace {uri} v{version}: {line}{clock}";
    }
}
