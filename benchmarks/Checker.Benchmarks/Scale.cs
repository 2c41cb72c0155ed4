using System.Diagnostics;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Facts;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>
/// `scale DIR...`: for each generated seed folder (scripts/perf/make-docs.py sources DIR N), how long loading and
/// building the fact base takes, how long a one-claim draft takes to check, and how long matching one claim takes for
/// each claim shape (<see cref="ClaimShapes"/>). Single-process Stopwatch timing, reported per folder.
/// </summary>
public static class Scale
{
    private const string Draft = "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.";

    /// <summary>One sentence per claim shape, worded like the seed paragraphs the generated sources are made of.</summary>
    private static readonly (string Shape, string Sentence)[] ClaimShapes =
    [
        ("money", Draft),
        ("count", "Ukraine now holds security guarantees backed by more than 30 countries."),
        ("percentage", "Canada raised its defence spending by 12% in 2023."),
        ("duration", "After almost four years of major conflict, Ukraine holds security guarantees."),
        ("date", "Russia invaded Ukraine in February 2022."),
        ("title", "Prime Minister Justin Trudeau joined the coalition meeting in Paris."),
    ];

    private static readonly CheckOptions Options = new() { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2026, 1, 1) };

    public static int Run(string[] dirs)
    {
        var matchRows = new List<string>();
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
            for (var i = 0; i < 5; i++) checker.Check(Draft, Options);
            var times = new List<double>();
            for (var i = 0; i < 31; i++)
            {
                sw.Restart();
                checker.Check(Draft, Options);
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"| {sources.Count} | {facts.Facts.Count} | {facts.Series.Count} | {read:F0} | {build:F0} | {Median(times):F3} | {heap:F0} |");
            matchRows.Add($"| {sources.Count} | " + string.Join(" | ", ClaimShapes.Select(s => MatchCell(checker, s.Sentence))) + " |");
        }
        Console.WriteLine();
        Console.WriteLine("Matching one claim (`FactMatcher.Judge`), fastest / median batch in µs per claim, and the candidates it kept:");
        Console.WriteLine();
        Console.WriteLine("| sources | " + string.Join(" | ", ClaimShapes.Select(s => s.Shape)) + " |");
        Console.WriteLine("|---:|" + string.Concat(ClaimShapes.Select(_ => "---:|")));
        foreach (var row in matchRows) Console.WriteLine(row);
        return 0;
    }

    /// <summary>The fastest and median time to judge the sentence's one claim, in µs, with its candidate count ("-" when no claim is found).</summary>
    private static string MatchCell(DraftChecker checker, string sentence)
    {
        var checkedDraft = checker.Check(sentence, Options);
        if (checkedDraft.Judgements.Count == 0) return "-";
        var claim = checkedDraft.Judgements[0].Claim;
        var asOf = checkedDraft.AsOf;
        for (var i = 0; i < 5; i++) checker.Judge(claim, asOf);
        // Batches of judgements long enough for the Stopwatch, timed separately so the median drops the ones a
        // neighbour's build slowed down (the machine is shared).
        var sw = Stopwatch.StartNew();
        var perBatch = 1;
        while (sw.Elapsed.TotalMilliseconds < 2)
        {
            perBatch *= 2;
            sw.Restart();
            for (var i = 0; i < perBatch; i++) checker.Judge(claim, asOf);
        }
        var times = new List<double>();
        for (var batch = 0; batch < 21; batch++)
        {
            sw.Restart();
            for (var i = 0; i < perBatch; i++) checker.Judge(claim, asOf);
            times.Add(sw.Elapsed.TotalMilliseconds * 1000 / perBatch);
        }
        var judgement = checker.Judge(claim, asOf);
        return $"{times.Min():F1} / {Median(times):F1} ({judgement.Candidates.Count}, {judgement.Verdict})";
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
