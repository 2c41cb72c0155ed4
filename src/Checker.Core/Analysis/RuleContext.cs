using System.Runtime.CompilerServices;
using Checker.Core.Claims;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;
using Checker.Core.Matching;
using Checker.Core.Prose;
using Checker.Core.Text;

namespace Checker.Core.Analysis;

/// <summary>What a rule sees of one check: the draft, its date, the fact base, every claim's judgement; and where it reports.</summary>
public sealed class RuleContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly IRule _rule;

    private readonly SentenceTokens _tokens;

    internal RuleContext(IRule rule, ProseDocument document, DateOnly asOf, FactBase facts, IReadOnlyList<Judgement> judgements, List<Diagnostic> sink,
        SentenceTokens? tokens = null)
    {
        _tokens = tokens ?? new SentenceTokens(document);
        _rule = rule;
        Document = document;
        AsOf = asOf;
        Facts = facts;
        Judgements = judgements;
        _diagnostics = sink;
    }

    public ProseDocument Document { get; }
    public DateOnly AsOf { get; }
    public FactBase Facts { get; }
    public IReadOnlyList<Judgement> Judgements { get; }

    /// <summary>The tokens of sentence <paramref name="sentenceIndex"/> of <see cref="Document"/>, as extraction read them (made once per check).</summary>
    public IReadOnlyList<Token> TokensOf(int sentenceIndex) => _tokens.Of(sentenceIndex);

    /// <summary>At least every capitalised word of sentence <paramref name="sentenceIndex"/>, in order, perhaps among other
    /// tokens (skip them): as you type, only the words, mostly taken over from the draft's previous version.</summary>
    public IReadOnlyList<Token> WithCapitalisedWordsOf(int sentenceIndex) => _tokens.WithCapitalisedWordsOf(sentenceIndex);

    public void Report(TextSpan span, string message, IReadOnlyList<Evidence>? evidence = null, IReadOnlyList<Fix>? fixes = null,
        IReadOnlyList<RelatedLocation>? related = null, Claim? claim = null) =>
        _diagnostics.Add(new Diagnostic(_rule.Descriptor, span, message, _rule.Descriptor.DefaultSeverity, evidence ?? [], fixes ?? [], related ?? [], claim));

    /// <summary>Says where a fact comes from, as messages quote it: "Global News, 2025-08-19".</summary>
    /// <remarks>Written once per fact: a long draft quotes the same few facts hundreds of times.</remarks>
    public static string Provenance(Fact fact) => ProvenanceOfFact.GetValue(fact, f => $"{f.Source.Outlet}, {f.Date:yyyy-MM-dd}");

    // Keyed by the fact itself, so an entry lives exactly as long as its fact base.
    private static readonly ConditionalWeakTable<Fact, string> ProvenanceOfFact = new();
}
