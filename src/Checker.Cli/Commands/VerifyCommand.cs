using Checker.Analyzers;
using Checker.Cli.Output;
using Checker.Core.Analysis;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Workspace;

namespace Checker.Cli.Commands;

/// <summary>`checker verify PATH...`: checks drafts and reports in text, JSON or SARIF; the exit code gates a build.</summary>
public static class VerifyCommand
{
    public static int Run(CommandLine line, TextWriter stdout, TextWriter stderr)
    {
        line.Allow("--format", "--seeds", "--as-of", "--fail-on", "--min-severity");
        if (line.Operands.Count == 0) throw new UsageException("verify needs at least one file or folder");
        var format = line.Choice("--format", "text", ("text", "text"), ("json", "json"), ("sarif", "sarif"));
        var failOn = line.Choice<Severity>("--fail-on", Severity.Error, ("error", Severity.Error), ("warning", Severity.Warning), ("info", Severity.Information));
        var minimum = line.Choice<Severity>("--min-severity", Severity.Warning, ("error", Severity.Error), ("warning", Severity.Warning), ("info", Severity.Information));
        DateOnly? asOf = null;
        if (line.Get("--as-of") is { } asOfText)
        {
            if (!DraftDate.TryParse(asOfText, out var parsed)) throw new UsageException($"--as-of must be a date YYYY-MM-DD, not '{asOfText}'");
            asOf = parsed;
        }
        var files = DraftFiles.Expand(line.Operands);
        var facts = LoadFacts(line.Get("--seeds"));
        var checker = new DraftChecker(facts, RuleCatalog.All);
        var options = new CheckOptions { ForcedAsOf = asOf, DefaultCurrency = DominantCurrency(facts) };
        var results = files.Select(f => new CheckedFile(f, checker.Check(DraftFiles.Read(f), options))).ToList();

        switch (format)
        {
            case "json": JsonReport.Write(stdout, results); break;
            case "sarif": SarifReport.Write(stdout, results); break;
            default: TextReport.Write(stdout, results, minimum); break;
        }
        var failed = results.SelectMany(r => r.Result.Diagnostics).Any(d => d.Severity <= failOn);
        return failed ? 1 : 0;
    }

    public static FactBase LoadFacts(string? seeds) =>
        seeds is null ? SeedLoader.Embedded : SeedLoader.Build(SeedLoader.FromDirectory(seeds));

    /// <summary>What a bare "$" in a draft means: the currency most of the sources use.</summary>
    public static string DominantCurrency(FactBase facts) =>
        facts.Sources.GroupBy(s => s.DefaultCurrency).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault() ?? "$";
}
