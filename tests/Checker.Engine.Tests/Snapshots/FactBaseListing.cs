using System.Globalization;
using System.Text;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Facts;

namespace Checker.Engine.Tests.Snapshots;

/// <summary>
/// Everything a fact base tells the matcher, the rules, hover and `checker facts`, written out as text (doubles as
/// round-trip strings), and a check result the same way: two of these are equal only if the fact bases are.
/// </summary>
internal static class FactBaseListing
{
    public static string Of(FactBase facts)
    {
        var text = new StringBuilder();
        foreach (var s in facts.Sources)
            text.AppendLine($"source {s.Path} {s.Date:yyyy-MM-dd} {s.Outlet} | {s.Title} | {s.DefaultCurrency} {s.DefaultCountry} | {s.Text.Length} chars, {s.Lines.LineCount} lines, {s.Prose.Sentences.Count} sentences");
        foreach (var f in facts.Facts)
        {
            text.AppendLine($"fact {f.Id} of {f.Source.Path} in series {f.Series.Id} ({f.Series.Facts.Count}): {Claim(f.Claim)}");
            foreach (var e in f.Evidence)
                text.AppendLine($"  evidence {e.Source.Path} {e.Sentence} {e.Figure} at {e.Source.Lines.GetPosition(e.Sentence.Start)}: {e.Text}");
        }
        foreach (var s in facts.Series) text.AppendLine($"series {s.Id}: {string.Join(", ", s.Facts.Select(f => f.Id))}");
        foreach (var kind in Enum.GetValues<ClaimKind>())
            text.AppendLine($"{kind}: {facts.OfKind(kind).Count} facts, {facts.ContextIndexOf(kind).Facts.Count} indexed");
        foreach (var term in facts.Facts.SelectMany(f => f.Claim.Context.Weights.Keys).Distinct().Order(StringComparer.Ordinal))
            text.AppendLine($"idf {term} {R(facts.Terms.Idf(term))}");
        text.AppendLine($"idf of an unseen term {R(facts.Terms.Idf("\u0001unseen"))}");
        return text.ToString();
    }

    public static string Of(CheckResult result)
    {
        var text = new StringBuilder();
        foreach (var j in result.Judgements)
        {
            text.AppendLine($"judgement {j.Claim.Span} '{j.Claim.Text}': {j.Verdict} {j.Finding} fact {j.Fact?.Id} current {j.Current?.Id} — {j.Reason}");
            foreach (var c in j.Candidates) text.AppendLine($"  candidate {c.Fact.Id} {R(c.Score)} heads {c.HeadsMeet} {c.Verdict} {c.Finding}");
        }
        foreach (var d in result.Diagnostics)
        {
            text.AppendLine($"{d.Id} {d.Severity} {d.Span}: {d.Message}");
            foreach (var e in d.Evidence) text.AppendLine($"  evidence {e.Source.Path} {e.Sentence}");
            foreach (var fix in d.Fixes) text.AppendLine($"  fix {fix.Title} {fix.IsPreferred}: {string.Join("; ", fix.Edits.Select(e => $"{e.Span} '{e.NewText}'"))}");
        }
        return text.ToString();
    }

    private static string Claim(Claim c)
    {
        var common = $"{c.Kind} {c.Span} '{c.Text}' sentence {c.SentenceSpan} anchor {c.Anchor} head [{string.Join(" ", c.Context.Head)}] "
            + $"weights [{string.Join(" ", c.Context.Weights.Select(w => $"{w.Key}:{R(w.Value)}"))}]";
        return common + c switch
        {
            QuantityClaim q => $" value {R(q.Value)} step {R(q.Step)} {q.Qualifier} '{q.QualifierText}' interval {R(q.Interval.Min)}..{R(q.Interval.Max)} {q.Interval.MinOpen} {q.Interval.MaxOpen} "
                + $"unit {q.Unit} {q.UnitExplicit} style {q.Style with { Scale = 0 }} {R(q.Style.Scale)} figure {q.FigureSpan} noun '{q.Noun}' elapsed {q.Elapsed}",
            DateClaim d => $" {d.From}..{d.To} end {d.EndFrom}..{d.EndTo} relative {d.Relative}",
            TitleClaim t => $" {t.Office} '{t.OfficeText}' {t.Country} {t.Person} {t.PersonKey} former {t.Former} person {t.PersonSpan} office {t.OfficeSpan}",
            _ => throw new InvalidOperationException(c.GetType().Name),
        };
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
