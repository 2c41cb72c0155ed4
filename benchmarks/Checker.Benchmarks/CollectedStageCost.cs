using Checker.Core.Claims;
using Checker.Core.Prose;

namespace Checker.Benchmarks;

/// <summary>
/// `collected [-n N] FILE`: like <see cref="StageCost"/> (`stages`), but the heap is collected before every measured call,
/// so no garbage collection caused by an earlier stage lands in the one measured, and each stage pays only for its own
/// work and for the collections its own garbage triggers. Reports the minimum and the median of this thread's CPU time
/// (the minimum is the steadiest figure on a shared machine) and the bytes allocated, for extraction, the rules (`DraftChecker.Report` over
/// judgements made beforehand) and the full check.
/// Run it with the default GC settings to see what a real warm check pays, collections included.
/// </summary>
public static class CollectedStageCost
{
    public static int Run(string[] args)
    {
        var (runs, path, text) = StageSubject.Read(args, defaultRuns: 10);
        var (checker, extractor, asOf, options) = StageSubject.Engine();
        var document = MarkdownProse.Parse(text);
        var recognizerOptions = new RecognizerOptions("CAD", asOf);
        var costs = new Dictionary<string, List<(double Cpu, long Bytes)>>();
        // The rules stage reads the judgements of this document, with every sentence tokenized as extraction leaves them.
        var judgements = extractor.Extract(document, recognizerOptions).Select(c => checker.Judge(c, asOf)).ToList();
        var tokens = new SentenceTokens(document);
        for (var sentence = 0; sentence < document.Sentences.Count; sentence++) tokens.Of(sentence);

        void Measure(string stage, Func<object> work)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var cpu = ThreadCpu.Milliseconds();
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            GC.KeepAlive(work());
            var spent = ThreadCpu.Milliseconds() - cpu;
            if (!costs.TryGetValue(stage, out var list)) costs[stage] = list = [];
            list.Add((spent, GC.GetAllocatedBytesForCurrentThread() - bytes));
        }

        for (var run = 0; run < runs; run++)
        {
            Measure("extract", () => extractor.Extract(document, recognizerOptions));
            Measure("rules", () => checker.Report(text, document, asOf, judgements, options, tokens));
            Measure("check", () => checker.Check(text, options));
        }
        Console.WriteLine($"{Path.GetFileName(path)}: {text.Length:N0} chars, {runs} runs after a collection each, the last {runs - runs / 2} counted");
        Console.WriteLine("| stage | CPU min (ms) | CPU median (ms) | allocated (MB) |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (stage, list) in costs)
        {
            var warm = list.Skip(runs / 2).ToList();
            var cpu = warm.Select(c => c.Cpu).Order().ToList();
            Console.WriteLine($"| {stage} | {cpu[0]:F1} | {cpu[cpu.Count / 2]:F1} | {warm[^1].Bytes / 1e6:F1} |");
        }
        return 0;
    }
}
