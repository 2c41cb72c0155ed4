using System.Diagnostics;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>
/// `stages [-n N] FILE`: what each stage of a warm check costs, as the median of the last half of N runs, in wall time,
/// in this thread's CPU time (steadier than wall time on a shared machine, where other processes take the cores) and
/// in bytes allocated (exact whatever the load). Stages: parse, extract, judge every claim, the full check
/// (`DraftChecker.Check`: all of them plus the rules and suppressions). As of 2025-09-01, currency CAD, as in
/// <see cref="StageBenchmarks"/>.
/// </summary>
public static class StageCost
{
    public static int Run(string[] args)
    {
        var runs = 8;
        if (args.Length >= 2 && args[0] == "-n") { runs = int.Parse(args[1]); args = args[2..]; }
        var text = File.ReadAllText(args[0]);
        var facts = SeedLoader.Embedded;
        var checker = new DraftChecker(facts, RuleCatalog.All);
        var extractor = new ClaimExtractor(facts.Lexicon);
        var asOf = new DateOnly(2025, 9, 1);
        var options = new CheckOptions { DefaultCurrency = "CAD", ForcedAsOf = asOf };
        var costs = new Dictionary<string, List<(double Wall, double Cpu, long Bytes)>>();

        T Measure<T>(string stage, Func<T> work)
        {
            var cpu = ThreadCpuMilliseconds();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            var result = work();
            var elapsed = wall.Elapsed.TotalMilliseconds;
            if (!costs.TryGetValue(stage, out var list)) costs[stage] = list = [];
            list.Add((elapsed, ThreadCpuMilliseconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes));
            return result;
        }

        for (var run = 0; run < runs; run++)
        {
            Measure("check", () => checker.Check(text, options));
            var document = Measure("parse", () => MarkdownProse.Parse(text));
            var claims = Measure("extract", () => extractor.Extract(document, new RecognizerOptions("CAD", asOf)));
            Measure("judge", () => claims.Select(c => checker.Judge(c, asOf)).ToList());
        }
        Console.WriteLine($"{Path.GetFileName(args[0])}: {text.Length:N0} chars, {runs} runs, medians of the last {runs - runs / 2}");
        Console.WriteLine("| stage | wall (ms) | CPU (ms) | allocated (MB) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (stage, list) in costs)
        {
            var warm = list.Skip(runs / 2).ToList();
            double Median(Func<(double Wall, double Cpu, long Bytes), double> pick) => warm.Select(pick).Order().ElementAt(warm.Count / 2);
            Console.WriteLine($"| {stage} | {Median(c => c.Wall):F1} | {Median(c => c.Cpu):F1} | {Median(c => c.Bytes) / 1e6:F1} |");
        }
        return 0;
    }

    // This thread's CPU time from the kernel's scheduler clock (nanoseconds; /proc's figures tick every 10 ms). Linux only.
    private static double ThreadCpuMilliseconds()
    {
        const int threadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID
        if (ClockGetTime(threadCpuTimeClock, out var time) != 0) return double.NaN;
        return time.Seconds * 1e3 + time.Nanoseconds / 1e6;
    }

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
