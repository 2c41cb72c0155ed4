using System.Diagnostics;
using Checker.Core.Claims;
using Checker.Core.Prose;

namespace Checker.Benchmarks;

/// <summary>
/// `stages [-n N] FILE`: what each stage of a warm check costs, as the median of the last half of N runs, in wall time,
/// in this thread's CPU time (steadier than wall time on a shared machine, where other processes take the cores) and
/// in bytes allocated (exact whatever the load). Stages: parse, extract, judge every claim, the rules (`DraftChecker.Report`:
/// the rules, suppressions and diagnostics over those judgements), the full check (`DraftChecker.Check`: all of them). As of 2025-09-01, currency CAD, as in
/// <see cref="StageBenchmarks"/>.
/// </summary>
public static class StageCost
{
    public static int Run(string[] args)
    {
        var (runs, path, text) = StageSubject.Read(args, defaultRuns: 8);
        var (checker, extractor, asOf, options) = StageSubject.Engine();
        var oneThread = options with { MaxThreads = 1 };
        var costs = new Dictionary<string, List<(double Wall, double Cpu, long Bytes)>>();

        T Measure<T>(string stage, Func<T> work)
        {
            var cpu = ThreadCpu.Milliseconds();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            var result = work();
            var elapsed = wall.Elapsed.TotalMilliseconds;
            if (!costs.TryGetValue(stage, out var list)) costs[stage] = list = [];
            list.Add((elapsed, ThreadCpu.Milliseconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes));
            return result;
        }

        for (var run = 0; run < runs; run++)
        {
            Measure("check", () => checker.Check(text, options));
            Measure("check, one thread", () => checker.Check(text, oneThread));
            var document = Measure("parse", () => MarkdownProse.Parse(text));
            var claims = Measure("extract", () => extractor.Extract(document, new RecognizerOptions("CAD", asOf)));
            Measure("extract, one thread", () => extractor.Extract(document, new RecognizerOptions("CAD", asOf), maxThreads: 1));
            var judgements = Measure("judge", () => claims.Select(c => checker.Judge(c, asOf)).ToList());
            // The rules alone, over these judgements, with every sentence already tokenized as extraction leaves them.
            var tokens = new SentenceTokens(document);
            for (var sentence = 0; sentence < document.Sentences.Count; sentence++) tokens.Of(sentence);
            Measure("rules", () => checker.Report(text, document, asOf, judgements, options, tokens));
        }
        Console.WriteLine($"{Path.GetFileName(path)}: {text.Length:N0} chars, {runs} runs, medians of the last {runs - runs / 2}");
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
}
