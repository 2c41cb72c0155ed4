using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Prose;

namespace Checker.Benchmarks;

/// <summary>
/// `rules [-n N] FILE`: what each rule costs on its own, over judgements made beforehand, in this thread's CPU time
/// (minimum and median of the last half of N runs, the heap collected before each) and bytes allocated. Each row is
/// <c>DraftChecker.Report</c> with every other rule turned off, so it includes the part every report pays (the draft's
/// problems, suppression comments, sorting); the row "(none)" is that part alone, "(all)" the whole report.
/// </summary>
public static class RuleCost
{
    public static int Run(string[] args)
    {
        var (runs, path, text) = StageSubject.Read(args, defaultRuns: 10);
        var (checker, extractor, asOf, options) = StageSubject.Engine();
        var document = MarkdownProse.Parse(text);
        var judgements = extractor.Extract(document, new RecognizerOptions("CAD", asOf)).Select(c => checker.Judge(c, asOf)).ToList();
        // Every sentence tokenized, as extraction leaves them: FC6001 reads the tokens again.
        var tokens = new SentenceTokens(document);
        for (var sentence = 0; sentence < document.Sentences.Count; sentence++) tokens.Of(sentence);

        var ids = RuleCatalog.All.Select(r => r.Descriptor.Id).ToList();
        CheckOptions Only(string? id) => options with
        {
            Severities = id == "(all)" ? options.Severities : ids.ToDictionary(i => i, i => i == id ? (Severity?)Severity.Warning : null),
        };
        var rows = new List<string> { "(all)", "(none)" };
        rows.AddRange(ids);

        // Warmed up first (every rule's code promoted by the tiered JIT), so the first row is measured like the others.
        for (var run = 0; run < 2 * runs; run++) checker.Report(text, document, asOf, judgements, options, tokens);

        Console.WriteLine($"{Path.GetFileName(path)}: {text.Length:N0} chars, {judgements.Count:N0} claims, {runs} runs after a collection each, the last {runs - runs / 2} counted");
        Console.WriteLine("| rules | CPU min (ms) | CPU median (ms) | allocated (MB) | findings |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var only = Only(row);
            var costs = new List<(double Cpu, long Bytes, int Findings)>();
            for (var run = 0; run < runs; run++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var cpu = ThreadCpu.Milliseconds();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var result = checker.Report(text, document, asOf, judgements, only, tokens);
                costs.Add((ThreadCpu.Milliseconds() - cpu, GC.GetAllocatedBytesForCurrentThread() - bytes, result.Diagnostics.Count));
            }
            var warm = costs.Skip(runs / 2).ToList();
            var cpuTimes = warm.Select(c => c.Cpu).Order().ToList();
            Console.WriteLine($"| {row} | {cpuTimes[0]:F2} | {cpuTimes[cpuTimes.Count / 2]:F2} | {warm[^1].Bytes / 1e6:F2} | {warm[^1].Findings} |");
        }
        return 0;
    }
}
