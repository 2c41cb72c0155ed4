using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Diagnostics;
using Checker.Core.Facts;

namespace Checker.Engine.Tests.Infrastructure;

/// <summary>The one place rule tests touch the engine: check a marked-up draft and compare the rule's spans with the markup.</summary>
public static class RuleVerifier
{
    public static IReadOnlyList<Diagnostic> Verify(string ruleId, string markedDraft, FactBase? facts = null, string asOf = "2026-01-08")
    {
        var (text, expected) = Markup.Parse(markedDraft);
        var result = Check(text, facts, asOf);
        var actual = result.Diagnostics.Where(d => d.Id == ruleId).ToList();
        var actualSpans = actual.Select(d => d.Span).OrderBy(s => s.Start).ToList();
        Assert.True(expected.SequenceEqual(actualSpans),
            $"{ruleId}: expected [{string.Join(", ", expected.Select(s => Show(text, s)))}] but got [{string.Join(", ", actualSpans.Select(s => Show(text, s)))}]\n" +
            string.Join("\n", result.Diagnostics.Select(d => $"  {d.Id} {Show(text, d.Span)}: {d.Message}")));
        return actual;
    }

    /// <summary>The draft after a fix's edits, applied from the end so earlier offsets stay valid.</summary>
    public static string Apply(string markedDraft, Fix fix)
    {
        var text = Markup.Parse(markedDraft).Text;
        foreach (var edit in fix.Edits.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        return text;
    }

    public static CheckResult Check(string text, FactBase? facts = null, string asOf = "2026-01-08") =>
        new DraftChecker(facts ?? Facts.Standard, RuleCatalog.All).Check(text, new CheckOptions { DefaultAsOf = DateOnly.Parse(asOf), DefaultCurrency = "CAD" });

    private static string Show(string text, Checker.Core.Text.TextSpan s) => $"\"{text.Substring(s.Start, s.Length)}\"@{s.Start}";
}
