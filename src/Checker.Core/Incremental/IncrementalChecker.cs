using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.Core.Prose;
using Checker.Core.Suppressions;

namespace Checker.Core.Incremental;

/// <summary>
/// Checks successive versions of one draft as <see cref="DraftChecker.Check"/> does, step for step, but keeps each
/// claim's judgement from the previous version and reuses it when the claim's <see cref="ClaimSignature"/> (everything
/// the matcher reads: text, value, qualifier, unit, context from its sentence, neighbours and block, time anchor) and
/// the as-of date are unchanged. Parsing, extraction and the rules run over the whole draft every time (they are
/// cheap); matching, the expensive part, runs only for claims that changed. The result equals a fresh check.
/// One instance per draft and fact base; safe to call from several threads (each call reads the last finished map).
/// </summary>
public sealed class IncrementalChecker
{
    private readonly FactBase _facts;
    private readonly IReadOnlyList<IRule> _rules;
    private readonly ClaimExtractor _extractor;
    private readonly FactMatcher _matcher;
    private volatile Dictionary<string, Judgement> _previous = new(StringComparer.Ordinal);

    public IncrementalChecker(DraftChecker checker, IReadOnlyList<IRule> rules)
    {
        Source = checker;
        _facts = checker.Facts;
        _rules = rules;
        _extractor = new ClaimExtractor(_facts.Lexicon);
        _matcher = new FactMatcher(_facts);
    }

    /// <summary>The checker whose fact base this one judges against.</summary>
    public DraftChecker Source { get; }

    /// <summary>How many judgements the last check reused.</summary>
    public int LastReused { get; private set; }

    public CheckResult Check(string markdown, CheckOptions options)
    {
        var document = MarkdownProse.Parse(markdown);
        var asOf = options.ForcedAsOf ?? DraftDate.Read(document) ?? options.DefaultAsOf;
        var claims = _extractor.Extract(document, new RecognizerOptions(options.DefaultCurrency, asOf));
        var previous = _previous;
        var next = new Dictionary<string, Judgement>(claims.Count, StringComparer.Ordinal);
        var judgements = new List<Judgement>(claims.Count);
        var reused = 0;
        foreach (var claim in claims)
        {
            var key = ClaimSignature.Of(claim, asOf);
            Judgement judgement;
            if (next.TryGetValue(key, out var known) || previous.TryGetValue(key, out known))
            {
                judgement = known with { Claim = claim };
                reused++;
            }
            else
            {
                judgement = _matcher.Judge(claim, asOf);
            }
            next.TryAdd(key, judgement);
            judgements.Add(judgement);
        }
        _previous = next;
        LastReused = reused;
        return Finish(markdown, options, document, asOf, judgements);
    }

    /// <summary>The rest of <see cref="DraftChecker.Check"/>, unchanged: document problems, rules, directives, suppressions.</summary>
    private CheckResult Finish(string markdown, CheckOptions options, ProseDocument document, DateOnly asOf, List<Judgement> judgements)
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
                rule.Analyze(new RuleContext(rule, document, asOf, _facts, judgements, found));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                found.Clear();
                diagnostics.Add(new Diagnostic(ToolDiagnostics.RuleFailed, new Text.TextSpan(0, 0),
                    $"Rule {rule.Descriptor.Id} failed and was skipped: {ex.GetType().Name}: {ex.Message}", Severity.Error, [], [], []));
            }
            diagnostics.AddRange(found.Select(d => d with { Severity = severity.Value }));
        }
        var (directives, directiveProblems) = DirectiveParser.Parse(markdown);
        foreach (var problem in directiveProblems)
            diagnostics.Add(new Diagnostic(ToolDiagnostics.BadConfiguration, problem.Span, problem.Message, Severity.Warning, [], [], []));
        diagnostics.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : string.CompareOrdinal(a.Id, b.Id));
        var outcome = SuppressionFilter.Apply(markdown, document.Lines, diagnostics, directives);
        return new CheckResult(document, asOf, judgements, outcome.Kept) { Suppressed = outcome.Suppressed };
    }
}
