using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Core.Text;
using Checker.Workspace;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Checker.Reliability.Tests;

/// <summary>Generators: any text, and Markdown-ish text built from the pieces that figures, markup and anchors are made of.</summary>
public static class Drafts
{
    private static readonly string[] Pieces =
    [
        "$", "US$", "C$", "€", "£", "%", "1", "2,000", "6.5", "90", "2022", "1,2", "12.3.4", "billion", "million", "bn", "B", "-", "--",
        "dollars", "Canadian", "U.S.", "(", ")", "per cent", "percent", "more than", "at least", "nearly", "about", "up to", "since",
        "in", "as of", "August", "mid-", "years", "countries", "troops", "twenty", "five", "dozen", "a", "and", "section", "No.",
        "the", "military assistance", "Ukraine", "Canada", ".", ",", ";", "!", "?", "\"", "\u201C", "\u201D", "\u2019s", "'",
        " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "\u00A0", "\u2029", "> ", "- ", "* ", "1. ", "# ", "## ", "**", "_", "`", "```\n",
        "[", "](", "](http://x.org/2022)", "![", "<", "<div>", "</div>", "|", "|---|", "[^1]", "[^1]: ", "---\n", "as_of: ", "\\",
        "&amp;", "\U0001F600", "\uD800", "\uDC00", "\0", "é", "e\u0301",
    ];

    public static Arbitrary<string> MarkdownLike() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    public static Arbitrary<string> AnyText() =>
        Gen.OneOf(ArbMap.Default.GeneratorFor<string>(), MarkdownLike().Generator).Select(s => s ?? "").ToArbitrary();
}

/// <summary>
/// For any text: parsing and extraction do not throw, every claim's span lies inside the document and maps back to
/// the claim's own characters, sentences and blocks lie inside too, and the full check does not throw.
/// </summary>
public class ExtractionProperties
{
    private static readonly ClaimExtractor Extractor = new(SeedLoader.DefaultLexicon);
    private static readonly DraftChecker Checker = new(SeedLoader.Embedded, RuleCatalog.All);

    private static bool Inside(TextSpan span, string source) => span.Start >= 0 && span.End <= source.Length && span.Start <= span.End;

    [Property(MaxTest = 300, Arbitrary = [typeof(Drafts)])]
    public void Spans_lie_inside_and_map_back(string text)
    {
        text ??= "";
        var doc = MarkdownProse.Parse(text);
        Assert.Equal(text.Length, doc.Prose.Length);
        Assert.All(doc.Blocks, b => Assert.True(Inside(b.Span, text), $"block {b.Span} outside {text.Length}"));
        Assert.All(doc.Sentences, s => Assert.True(Inside(s.Span, text), $"sentence {s.Span} outside {text.Length}"));
        foreach (var claim in Extractor.Extract(doc, new RecognizerOptions("CAD")))
        {
            Assert.True(Inside(claim.Span, text), $"claim {claim.Span} outside {text.Length}");
            Assert.False(claim.Span.IsEmpty);
            Assert.Equal(claim.Text, text.Substring(claim.Span.Start, claim.Span.Length));
            Assert.True(claim.SentenceSpan.Contains(claim.Span), $"claim {claim.Span} outside its sentence {claim.SentenceSpan}");
        }
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Drafts)])]
    public void The_full_check_never_throws_and_diagnostics_lie_inside(string text)
    {
        text ??= "";
        var result = Checker.Check(text, new CheckOptions { DefaultCurrency = "CAD", DefaultAsOf = new DateOnly(2025, 9, 1) });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FC9002"); // no rule threw
        foreach (var d in result.Diagnostics)
        {
            Assert.True(Inside(d.Span, text));
            foreach (var fix in d.Fixes)
                Assert.All(fix.Edits, e => Assert.True(Inside(e.Span, text)));
        }
    }

    [Fact]
    public void Plain_source_text_of_any_kind_builds_a_fact_base()
    {
        var gen = Drafts.MarkdownLike().Generator;
        var sources = Gen.Sample(gen, 40).Select((t, i) =>
            new Checker.Core.Facts.SourceDocument($"s{i}.txt", t, new DateOnly(2022 + i % 4, 1 + i % 12, 1), "Outlet", "Title")).ToList();
        var facts = SeedLoader.Build(sources);
        Assert.All(facts.Facts, f => Assert.Equal(f.Claim.Text, f.Source.Text.Substring(f.Claim.Span.Start, f.Claim.Span.Length)));
    }
}

/// <summary>
/// Applying a diagnostic's fix and checking again removes that diagnostic. Drafts are made from templates around the
/// bundled seeds' facts, with figures, qualifiers and units varied so that contradicted, qualified and stale claims occur.
/// </summary>
public class FixProperties
{
    private static readonly DraftChecker Checker = new(SeedLoader.Embedded, RuleCatalog.All);
    private static readonly CheckOptions Options = new() { DefaultCurrency = "CAD", ForcedAsOf = new DateOnly(2026, 2, 1) };

    private static readonly string[] Templates =
    [
        "Canada has committed {Q}${N} billion in military assistance to Ukraine since 2022.",
        "Canada has committed {Q}${N}-billion in military aid to Ukraine since the beginning of 2022.",
        "Canada has provided {Q}${N} billion committed in military assistance since Russia invaded in February 2022.",
        "Ukraine is also looking to secure a {Q}US${N}-billion arms deal to buy American weapons.",
        "The government's planned {Q}${N}-billion defence investment over that period was needed.",
        "Security guarantees are backed by {Q}{I} countries including Canada.",
        "Canada gave {Q}${N} million in humanitarian assistance.",
        "That number includes {Q}${N} billion in aid announced by Carney at the G7 summit in Alberta in June.",
    ];

    private static readonly string[] Qualifiers = ["", "", "", "more than ", "about ", "nearly ", "at least ", "up to ", "exactly "];
    private static readonly string[] Numbers = ["1", "1.8", "2", "6.5", "7", "7.5", "60", "81.8", "90", "91.8", "352.5", "30", "25", "50"];

    public static Arbitrary<string> TemplatedDrafts()
    {
        var sentence =
            from t in Gen.Elements(Templates)
            from q in Gen.Elements(Qualifiers)
            from n in Gen.Elements(Numbers)
            from i in Gen.Choose(2, 80)
            select t.Replace("{Q}", q).Replace("{N}", n).Replace("{I}", i.ToString());
        var paragraph = Gen.Choose(1, 3).SelectMany(k => Gen.ArrayOf(sentence, k)).Select(s => string.Join(" ", s));
        return Gen.Choose(1, 4).SelectMany(k => Gen.ArrayOf(paragraph, k)).Select(p => "# Draft\n\n" + string.Join("\n\n", p) + "\n").ToArbitrary();
    }

    private static string Apply(string text, IReadOnlyList<Checker.Core.Diagnostics.TextEdit> edits)
    {
        var result = text;
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start))
            result = result[..edit.Span.Start] + edit.NewText + result[edit.Span.End..];
        return result;
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(FixProperties)])]
    public void Applying_a_fix_removes_its_diagnostic(string draft)
    {
        var before = Checker.Check(draft, Options);
        foreach (var diagnostic in before.Diagnostics.Where(d => d.Fixes.Count > 0))
        {
            foreach (var fix in diagnostic.Fixes)
            {
                var fixedText = Apply(draft, fix.Edits);
                var start = fix.Edits.Min(e => e.Span.Start);
                var end = start + fix.Edits.Sum(e => e.NewText.Length - e.Span.Length) + fix.Edits.Max(e => e.Span.End) - start;
                var after = Checker.Check(fixedText, Options);
                // The same diagnostic is the same rule at the fixed place and, for one with a related location (a
                // self-contradiction), about the same other statement: a draft giving one quantity three values gets a
                // new diagnostic about the third after the first fix, which is a different finding, not the same one.
                var delta = fix.Edits.Sum(e => e.NewText.Length - e.Span.Length);
                TextSpan Map(TextSpan s) => s.Start >= start ? new TextSpan(s.Start + delta, s.End + delta) : s;
                var related = diagnostic.Related.Select(r => Map(r.Span)).ToHashSet();
                var still = after.Diagnostics.Where(d => d.Id == diagnostic.Id && d.Span.Overlaps(new TextSpan(start, Math.Max(end, start + 1)))
                                                         && (related.Count == 0 || d.Related.Any(r => related.Contains(r.Span)))).ToList();
                Assert.True(still.Count == 0,
                    $"fix '{fix.Title}' for {diagnostic.Id} '{diagnostic.Message}' left: {string.Join("; ", still.Select(s => s.Message))}\ndraft: {draft}\nfixed: {fixedText}");
            }
        }
    }

    [Fact]
    public void The_templates_do_produce_fixable_diagnostics()
    {
        var draft = "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.";
        var result = Checker.Check(draft, Options);
        Assert.Contains(result.Diagnostics, d => d.Fixes.Count > 0);
    }
}
