using System.Diagnostics;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>
/// `probe FILE...`: a quick, single-shot timing of each stage on a file (parse, extract, full check), for finding hot
/// spots in pathological inputs. Not a benchmark: use the BenchmarkDotNet classes for figures.
/// </summary>
public static class Probe
{
    /// <param name="args">FILE..., optionally led by `-n N` to run each file N times (the last runs are warm).</param>
    public static int Run(string[] args)
    {
        var repeat = 1;
        if (args.Length >= 2 && args[0] == "-n") { repeat = int.Parse(args[1]); args = args[2..]; }
        var files = args.SelectMany(f => Enumerable.Repeat(f, repeat)).ToArray();
        var facts = SeedLoader.Embedded;
        var checker = new DraftChecker(facts, RuleCatalog.All);
        var extractor = new ClaimExtractor(facts.Lexicon);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            try { Once(file, text, extractor, checker); }
            catch (Exception ex) { Console.WriteLine($"{Path.GetFileName(file)}: {ex.GetType().Name}: {ex.Message}"); }
        }
        return 0;
    }

    /// <summary>How many collections of each generation have run so far (a gen1 collection counts as gen0 too, and so on).</summary>
    private static int[] CollectionCounts() => [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

    private static void Once(string file, string text, ClaimExtractor extractor, DraftChecker checker)
    {
        {
            var sw = Stopwatch.StartNew();
            var doc = MarkdownProse.Parse(text);
            var parse = sw.Elapsed.TotalMilliseconds;
            sw.Restart();
            var claims = extractor.Extract(doc, new RecognizerOptions("CAD"));
            var extract = sw.Elapsed.TotalMilliseconds;
            var collections = CollectionCounts();
            var paused = GC.GetTotalPauseDuration();
            sw.Restart();
            var result = checker.Check(text, new CheckOptions { DefaultCurrency = "CAD" });
            var check = sw.Elapsed.TotalMilliseconds;
            var during = CollectionCounts().Zip(collections, (after, before) => after - before);
            Console.WriteLine($"{Path.GetFileName(file)}: {text.Length} chars, {doc.Sentences.Count} sentences, {claims.Count} claims, " +
                              $"{result.Diagnostics.Count} diagnostics; parse {parse:F1} ms, extract {extract:F1} ms, check {check:F1} ms " +
                              $"(collections during the check, gen0/1/2: {string.Join("/", during)}, paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F1} ms)");
        }
    }
}
