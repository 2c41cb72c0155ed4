using System.Diagnostics;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Facts.Snapshot;
using Checker.Workspace;
using Checker.Workspace.Caching;

namespace Checker.Benchmarks;

/// <summary>
/// `snapshot DIR...`: for each seed folder, what loading its fact base costs without and with a snapshot: reading and
/// building from text (as `scale` does), writing the snapshot, reading it back (median of 5), and a cache hit through
/// <see cref="FactBaseCache"/> (stat the files, read the cache file, read the snapshot; median of 5). Checks that the
/// loaded fact base writes back the very same bytes and judges the one-claim draft the same. The first row is the
/// embedded seeds (build from their text vs read the embedded snapshot, medians of 20 warm runs).
/// </summary>
public static class SnapshotScale
{
    private const string Draft = "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.";

    public static int Run(string[] dirs)
    {
        Console.WriteLine("| sources | facts | snapshot (MB) | read + build from text (ms) | write snapshot (ms) | read snapshot, median (ms) | cache hit, median (ms) | same bytes and judgement |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        Embedded();
        var cacheDir = Path.Combine(Path.GetTempPath(), $"checker-snapshot-bench-{Environment.ProcessId}");
        try
        {
            foreach (var dir in dirs) Folder(dir, new FactBaseCache(cacheDir));
        }
        finally
        {
            if (Directory.Exists(cacheDir)) Directory.Delete(cacheDir, recursive: true);
        }
        return 0;
    }

    private static void Embedded()
    {
        var build = Median(20, () => SeedLoader.BuildEmbedded());
        var built = SeedLoader.BuildEmbedded();
        var bytes = FactBaseSnapshot.Write(built);
        var read = Median(20, () => FactBaseSnapshot.Read(bytes, SeedLoader.DefaultLexicon));
        var same = FactBaseSnapshot.Write(SeedLoader.Embedded).AsSpan().SequenceEqual(bytes);
        Console.WriteLine($"| embedded ({built.Sources.Count}) | {built.Facts.Count} | {bytes.Length / 1e6:F2} | {build} (warm) | | {read} | | {(same ? "yes" : "NO")} |");
    }

    private static void Folder(string dir, FactBaseCache cache)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var built = SeedLoader.Build(SeedLoader.FromDirectory(dir));
        var build = $"{sw.Elapsed.TotalMilliseconds:F0} (CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds:F0})";
        sw.Restart();
        var bytes = FactBaseSnapshot.Write(built);
        var write = sw.Elapsed.TotalMilliseconds;
        var read = Median(5, () => FactBaseSnapshot.Read(bytes, SeedLoader.DefaultLexicon));
        var loaded = FactBaseSnapshot.Read(bytes, SeedLoader.DefaultLexicon);

        var folder = new SeedFolder(dir, dir);
        cache.Load([folder], SeedLoader.DefaultLexicon, [], () => built); // a miss: writes the cache file
        var hit = Median(5, () => cache.Load([folder], SeedLoader.DefaultLexicon, [], () => throw new InvalidOperationException("cache miss")));

        var same = FactBaseSnapshot.Write(loaded).AsSpan().SequenceEqual(bytes) && Judge(built) == Judge(loaded);
        Console.WriteLine($"| {built.Sources.Count:N0} | {built.Facts.Count:N0} | {bytes.Length / 1e6:F1} | {build} | {write:F0} | {read} | {hit} | {(same ? "yes" : "NO")} |");
    }

    private static string Judge(Checker.Core.Facts.FactBase facts)
    {
        var result = new DraftChecker(facts, RuleCatalog.All).Check(Draft, new CheckOptions { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2026, 1, 1) });
        return string.Join("\n", result.Judgements.Select(j => $"{j.Verdict} {j.Finding} {j.Fact?.Id} {j.Current?.Id} {j.Candidates.Count} {j.Reason}")
            .Concat(result.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}")));
    }

    /// <summary>The median wall time, and beside it the median CPU time of this process (steadier on a shared machine).</summary>
    private static string Median(int runs, Func<object> load)
    {
        var wall = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            GC.KeepAlive(load());
            wall.Add(sw.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        wall.Sort();
        cpu.Sort();
        return $"{wall[runs / 2]:F1} (CPU {cpu[runs / 2]:F0})";
    }
}
