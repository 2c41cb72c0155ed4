using System.Diagnostics;

namespace Checker.Benchmarks;

/// <summary>
/// `loop [-n N] [--threads T] [--loh] [--each] FILE`: N full checks back to back, as BenchmarkDotNet runs them, each timed with the
/// collections and GC pause it took; prints the spread (min, median, 90th percentile, max) and the mean pause.
/// Where a benchmark's mean moves, this says whether the checks got slower or the collections came more often;
/// --loh also lists what the checks put on the large-object heap; --each prints every warm check's time (* a full
/// collection ran in it, + a young one).
/// </summary>
public static class CheckLoop
{
    public static int Run(string[] args)
    {
        int? threads = null;
        var at = Array.IndexOf(args, "--threads");
        if (at >= 0) { threads = int.Parse(args[at + 1]); args = [.. args[..at], .. args[(at + 2)..]]; }
        var largeObjects = args.Contains("--loh") ? new LargeObjectListener() : null;
        var (runs, path, text) = StageSubject.Read(args.Where(a => a is not ("--loh" or "--each")).ToArray(), defaultRuns: 60);
        var (checker, _, _, options) = StageSubject.Engine();
        options = options with { MaxThreads = threads };
        var times = new List<(double Ms, int Gen0, int Gen2, double Paused)>();
        for (var run = 0; run < runs; run++)
        {
            var gen0 = GC.CollectionCount(0);
            var gen2 = GC.CollectionCount(2);
            var paused = GC.GetTotalPauseDuration();
            var wall = Stopwatch.StartNew();
            checker.Check(text, options);
            times.Add((wall.Elapsed.TotalMilliseconds, GC.CollectionCount(0) - gen0, GC.CollectionCount(2) - gen2,
                (GC.GetTotalPauseDuration() - paused).TotalMilliseconds));
        }
        var warm = times.Skip(runs / 2).ToList();
        if (args.Contains("--each"))
            Console.WriteLine(string.Join(" ", warm.Select(t => $"{t.Ms:F0}{(t.Gen2 > 0 ? "*" : t.Gen0 > 0 ? "+" : "")}")));
        if (largeObjects is not null)
        {
            Console.WriteLine("large-object allocations sampled (type: ~MB over all checks):");
            foreach (var (type, bytes) in largeObjects.Sampled.OrderByDescending(p => p.Value).Take(15)) Console.WriteLine($"  {type}: {bytes / 1e6:F1}");
            largeObjects.Dispose();
        }
        var sorted = warm.Select(t => t.Ms).Order().ToList();
        double At(double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
        Console.WriteLine($"{Path.GetFileName(path)}, threads {threads?.ToString() ?? "all"}, last {warm.Count} of {runs} checks: " +
                          $"min {sorted[0]:F1} median {At(0.5):F1} p90 {At(0.9):F1} max {sorted[^1]:F1} mean {sorted.Average():F1} ms; " +
                          $"collections per check gen0 {warm.Average(t => t.Gen0):F2} gen2 {warm.Average(t => t.Gen2):F2}, paused {warm.Average(t => t.Paused):F1} ms per check");
        return 0;
    }
}
