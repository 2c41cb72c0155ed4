using BenchmarkDotNet.Attributes;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Incremental;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>
/// What the language server pays per keystroke: a check of a draft one character away from the version checked
/// before it (the benchmark alternates between the two, so every call is one edit), against a fresh check of the
/// same text. The edit is in the middle of the draft, inside a sentence with claims.
/// </summary>
[MemoryDiagnoser]
[GcConcurrent(true)] // as the clients we ship start the language server (vscode-client/src/server.ts)
public class IncrementalBenchmarks
{
    private string _text = "";
    private string _edited = "";
    private bool _flip;
    private DraftChecker _checker = null!;
    private IncrementalChecker _incremental = null!;
    private readonly CheckOptions _options = new() { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2025, 9, 1) };

    [Params("100k", "1m")]
    public string Size { get; set; } = "100k";

    [GlobalSetup]
    public void Setup()
    {
        _text = Docs.Read(Size);
        var at = _text.IndexOf(" billion", _text.Length / 2, StringComparison.Ordinal);
        _edited = _text.Insert(at, "0");
        _checker = new DraftChecker(SeedLoader.Embedded, RuleCatalog.All);
        _incremental = new IncrementalChecker(_checker);
        _incremental.Check(_text, _options);
    }

    /// <summary>A fresh check of the draft: the cost without incremental checking.</summary>
    [Benchmark(Baseline = true)]
    public int FreshCheck() => _checker.Check(_text, _options).Diagnostics.Count;

    /// <summary>The incremental check of the draft one keystroke after the previous version.</summary>
    [Benchmark]
    public int CheckAfterOneKeystroke()
    {
        _flip = !_flip;
        return _incremental.Check(_flip ? _edited : _text, _options).Diagnostics.Count;
    }
}
