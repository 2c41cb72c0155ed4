using System.Diagnostics;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>
/// `scale DIR...`: for each generated seed folder (scripts/perf/make-docs.py sources DIR N), how long loading and
/// building the fact base takes, and how long one claim takes to match against it (median of repeated checks of a
/// one-claim draft, minus the same draft's parse and extract). Single-process Stopwatch timing, reported per folder.
/// </summary>
public static class Scale
{
    private const string Draft = "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.";

    public static int Run(string[] dirs)
    {
        Console.WriteLine("| sources | facts | series | read (ms) | build (ms) | check of a 1-claim draft, median (ms) | heap after build (MB) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var dir in dirs)
        {
            GC.Collect();
            var sw = Stopwatch.StartNew();
            var sources = SeedLoader.FromDirectory(dir);
            var read = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var facts = SeedLoader.Build(sources);
            var build = sw.Elapsed.TotalMilliseconds;
            var heap = GC.GetTotalMemory(true) / (1024.0 * 1024.0);
            var checker = new DraftChecker(facts, RuleCatalog.All);
            var options = new CheckOptions { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2026, 1, 1) };
            for (var i = 0; i < 5; i++) checker.Check(Draft, options);
            var times = new List<double>();
            for (var i = 0; i < 31; i++)
            {
                sw.Restart();
                checker.Check(Draft, options);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"| {sources.Count} | {facts.Facts.Count} | {facts.Series.Count} | {read:F0} | {build:F0} | {times[times.Count / 2]:F3} | {heap:F0} |");
        }
        return 0;
    }
}
