using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>What the per-stage modes (`stages`, `collected`) measure: a draft read from `[-n N] FILE`, checked with the
/// embedded seeds as of 2025-09-01 in CAD, as in <see cref="StageBenchmarks"/>.</summary>
internal static class StageSubject
{
    public static (int Runs, string Path, string Text) Read(string[] args, int defaultRuns)
    {
        var runs = defaultRuns;
        if (args.Length >= 2 && args[0] == "-n") { runs = int.Parse(args[1]); args = args[2..]; }
        return (runs, args[0], File.ReadAllText(args[0]));
    }

    public static (DraftChecker Checker, ClaimExtractor Extractor, DateOnly AsOf, CheckOptions Options) Engine()
    {
        var facts = SeedLoader.Embedded;
        var asOf = new DateOnly(2025, 9, 1);
        return (new DraftChecker(facts, RuleCatalog.All), new ClaimExtractor(facts.Lexicon), asOf,
            new CheckOptions { DefaultCurrency = "CAD", ForcedAsOf = asOf });
    }
}
