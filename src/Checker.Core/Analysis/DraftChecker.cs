using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Incremental;
using Checker.Core.Matching;
using Checker.Core.Prose;
using Checker.Core.Suppressions;

namespace Checker.Core.Analysis;

/// <summary>Options for one check: the draft's fallback date and currency, and per-rule severities (null turns a rule off).</summary>
public sealed record CheckOptions
{
    public DateOnly DefaultAsOf { get; init; } = DateOnly.FromDateTime(DateTime.Today);

    /// <summary>When set, wins over the draft's front matter (the CLI's --as-of).</summary>
    public DateOnly? ForcedAsOf { get; init; }
    public string DefaultCurrency { get; init; } = "$";
    public IReadOnlyDictionary<string, Severity?> Severities { get; init; } = new Dictionary<string, Severity?>();

    /// <summary>How many threads may read and judge a long draft at once; null for one per core. The result is the same however many.</summary>
    public int? MaxThreads { get; init; }
}

/// <summary>Everything one check found: the draft, its as-of date, each claim's judgement and the diagnostics.</summary>
public sealed record CheckResult(ProseDocument Document, DateOnly AsOf, IReadOnlyList<Judgement> Judgements, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Diagnostics that a checker-disable/-ignore comment in the draft silenced (not in <see cref="Diagnostics"/>).</summary>
    public IReadOnlyList<Diagnostic> Suppressed { get; init; } = [];
}

/// <summary>
/// The engine's front door: Markdown in, diagnostics out. Parses the draft, extracts claims, judges each against the
/// fact base as of the draft's date, and runs every rule. A rule that throws becomes an FC9002 diagnostic.
/// </summary>
public sealed class DraftChecker
{
    private readonly FactBase _facts;
    private readonly IReadOnlyList<IRule> _rules;
    private readonly ClaimExtractor _extractor;
    private readonly FactMatcher _matcher;

    public DraftChecker(FactBase facts, IReadOnlyList<IRule> rules, IReadOnlyList<IClaimRecognizer>? recognizers = null)
    {
        _facts = facts;
        _rules = rules;
        _extractor = new ClaimExtractor(facts.Lexicon, recognizers);
        _matcher = new FactMatcher(facts);
    }

    public FactBase Facts => _facts;

    public CheckResult Check(string markdown, CheckOptions options) =>
        Check(markdown, options, (claims, asOf) => JudgeAll(claims, asOf, options.MaxThreads));

    /// <summary>Judges one claim against the fact base as of a date: the step a caller may wrap (see Incremental).</summary>
    public Judgement Judge(Claim claim, DateOnly asOf) => _matcher.Judge(claim, asOf);

    /// <summary>
    /// Each claim's judgement, in order. A long draft's claims are judged on every core, a run of them at a time, since
    /// each claim is judged on its own against a fact base that does not change.
    /// </summary>
    private Judgement[] JudgeAll(IReadOnlyList<Claim> claims, DateOnly asOf, int? maxThreads)
    {
        var judgements = new Judgement[claims.Count];
        var threads = Parallelism.Threads(maxThreads, claims.Count, MinClaimsPerThread);
        if (threads <= 1)
        {
            for (var c = 0; c < claims.Count; c++) judgements[c] = _matcher.Judge(claims[c], asOf);
            return judgements;
        }
        var runs = (claims.Count + ClaimsPerRun - 1) / ClaimsPerRun;
        Parallelism.ForEachPiece(threads, runs, () => _matcher, (matcher, run) =>
        {
            for (int c = run * ClaimsPerRun, end = Math.Min(claims.Count, c + ClaimsPerRun); c < end; c++)
                judgements[c] = matcher.Judge(claims[c], asOf);
        });
        return judgements;
    }

    // Judging a claim takes a few microseconds: fewer than this many per thread are not worth starting one.
    private const int MinClaimsPerThread = 512;
    private const int ClaimsPerRun = 64;

    /// <summary>
    /// The same check with the judging step supplied by the caller: the language server's incremental checker reuses
    /// the judgements of claims that did not change. Everything else is this one pipeline.
    /// </summary>
    public CheckResult Check(string markdown, CheckOptions options, Func<IReadOnlyList<Claim>, DateOnly, IReadOnlyList<Judgement>> judge) =>
        Check(markdown, options, judge, null);

    /// <summary>The same check, with extraction reusing the claims of sentences the previous version had (see Incremental).</summary>
    internal CheckResult Check(string markdown, CheckOptions options, Func<IReadOnlyList<Claim>, DateOnly, IReadOnlyList<Judgement>> judge,
        ExtractionReuse? reuse)
    {
        var document = MarkdownProse.Parse(markdown, options.MaxThreads);
        var asOf = options.ForcedAsOf ?? DraftDate.Read(document) ?? options.DefaultAsOf;
        var recognizerOptions = new RecognizerOptions(options.DefaultCurrency, asOf);
        // As you type, the check keeps the capitalised words FC6001 reads, and takes over the previous version's.
        var tokens = new SentenceTokens(document, reuse?.PreviousWords, keepCapitalisedWords: reuse is not null);
        var claims = _extractor.Extract(document, recognizerOptions, reuse, tokens, options.MaxThreads);
        reuse?.Finish(recognizerOptions, tokens);
        var judgements = judge(claims, asOf);
        return Report(markdown, document, asOf, judgements, options, tokens);
    }

    /// <summary>
    /// The check's last step, after judging: the draft's own problems, every rule over the judgements, and the draft's
    /// suppression comments. <paramref name="tokens"/> are the tokens extraction made, which some rules read again.
    /// </summary>
    public CheckResult Report(string markdown, ProseDocument document, DateOnly asOf, IReadOnlyList<Judgement> judgements, CheckOptions options,
        SentenceTokens tokens)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var problem in document.Problems)
            diagnostics.Add(new Diagnostic(ToolDiagnostics.BadDocument, problem.Span, problem.Message, Severity.Error, [], [], []));
        if (document.FrontMatter.Count > 0 && DraftDate.Problem(document) is { } dateProblem)
            diagnostics.Add(new Diagnostic(ToolDiagnostics.BadDocument, dateProblem.Span, dateProblem.Message, Severity.Error, [], [], []));

        foreach (var rule in _rules)
        {
            var severity = options.Severities.TryGetValue(rule.Descriptor.Id, out var configured) ? configured : rule.Descriptor.DefaultSeverity;
            if (severity is null) continue;
            var found = new List<Diagnostic>();
            try
            {
                rule.Analyze(new RuleContext(rule, document, asOf, _facts, judgements, found, tokens));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                found.Clear();
                diagnostics.Add(new Diagnostic(ToolDiagnostics.RuleFailed, new Text.TextSpan(0, 0),
                    $"Rule {rule.Descriptor.Id} failed and was skipped: {ex.GetType().Name}: {ex.Message}", Severity.Error, [], [], []));
            }
            // A rule reports at its default severity; only a configured one needs a copy of each diagnostic.
            if (severity == rule.Descriptor.DefaultSeverity && found.TrueForAll(d => d.Severity == severity)) diagnostics.AddRange(found);
            else diagnostics.AddRange(found.Select(d => d with { Severity = severity.Value }));
        }
        var (directives, directiveProblems) = DirectiveParser.Parse(document);
        foreach (var problem in directiveProblems)
            diagnostics.Add(new Diagnostic(ToolDiagnostics.BadConfiguration, problem.Span, problem.Message, Severity.Warning, [], [], []));
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        var outcome = SuppressionFilter.Apply(markdown, document.Lines, diagnostics, directives);
        return new CheckResult(document, asOf, judgements, outcome.Kept) { Suppressed = outcome.Suppressed };
    }
}
