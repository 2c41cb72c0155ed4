using BenchmarkDotNet.Attributes;
using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Prose;
using Checker.Workspace;

namespace Checker.Benchmarks;

/// <summary>Where the drafts made by scripts/perf/make-docs.py are: $CHECKER_BENCH_DOCS, else /tmp/checker-bench-docs.</summary>
public static class Docs
{
    public static string Folder => Environment.GetEnvironmentVariable("CHECKER_BENCH_DOCS") is { Length: > 0 } d ? d : "/tmp/checker-bench-docs";

    public static string Read(string size)
    {
        var path = Path.Combine(Folder, $"draft-{size}.md");
        if (!File.Exists(path)) throw new FileNotFoundException($"run: python3 scripts/perf/make-docs.py drafts {Folder}", path);
        return File.ReadAllText(path);
    }
}

/// <summary>The engine's stages and the full check on 6 KB / 100 KB / 1 MB drafts made from the seeds. Throughput = size / mean.</summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // as `checker` ships (Checker.Cli.csproj)
public class StageBenchmarks
{
    private string _text = "";
    private ProseDocument _document = null!;
    private IReadOnlyList<Claim> _claims = [];
    private ClaimExtractor _extractor = null!;
    private DraftChecker _checker = null!;
    private readonly CheckOptions _options = new() { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2025, 9, 1) };
    private readonly CheckOptions _oneThread = new() { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2025, 9, 1), MaxThreads = 1 };

    [Params("6k", "100k", "1m")]
    public string Size { get; set; } = "6k";

    [GlobalSetup]
    public void Setup()
    {
        _text = Docs.Read(Size);
        _extractor = new ClaimExtractor(SeedLoader.Embedded.Lexicon);
        _checker = new DraftChecker(SeedLoader.Embedded, RuleCatalog.All);
        _document = MarkdownProse.Parse(_text);
        _claims = _extractor.Extract(_document, new RecognizerOptions("CAD"));
    }

    /// <summary>Markdown to prose: Markdig, painting, sentence splitting, line map.</summary>
    [Benchmark]
    public ProseDocument Parse() => MarkdownProse.Parse(_text);

    /// <summary>Tokenize every sentence, recognize figures, build each claim's context and time anchor.</summary>
    [Benchmark]
    public int Extract() => _extractor.Extract(_document, new RecognizerOptions("CAD")).Count;

    /// <summary>The full check: parse, extract, match every claim against the embedded fact base, run every rule.
    /// A long draft is extracted and judged on every core, as `checker` does.</summary>
    [Benchmark]
    public int Check() => _checker.Check(_text, _options).Diagnostics.Count;

    /// <summary>The same check on one thread: what a machine with a single core, or one busy with other drafts, gets.</summary>
    [Benchmark]
    public int CheckOnOneThread() => _checker.Check(_text, _oneThread).Diagnostics.Count;
}

/// <summary>Building the fact base of the embedded seeds from their text (what every CLI start pays once).</summary>
[MemoryDiagnoser]
[GcConcurrent(false)] // as `checker` ships (Checker.Cli.csproj)
public class FactBaseBenchmarks
{
    private IReadOnlyList<SourceDocument> _sources = [];

    [GlobalSetup]
    public void Setup() => _sources = SeedLoader.EmbeddedSources();

    [Benchmark]
    public IReadOnlyList<SourceDocument> ReadEmbeddedSources() => SeedLoader.EmbeddedSources();

    [Benchmark]
    public FactBase BuildEmbeddedFactBase() => FactBaseBuilder.Build(_sources, SeedLoader.DefaultLexicon);
}
