using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Incremental;
using Checker.LanguageServer.Tests.Infrastructure;
using Checker.Workspace;
using Checker.Workspace.Configuration;

namespace Checker.LanguageServer.Tests;

/// <summary>In process: the incremental checker gives exactly a fresh check's result after every edit of a sequence.</summary>
public sealed class IncrementalCheckerTests
{
    private static readonly DraftChecker Fresh = new(SeedLoader.Embedded, RuleCatalog.All);
    private static readonly CheckOptions Options = ConfiguredEngine.OptionsFor(CheckerConfig.Default, SeedLoader.Embedded) with { DefaultAsOf = new DateOnly(2026, 1, 8) };

    [Fact]
    public void Every_version_of_a_seeded_edit_sequence_checks_as_a_fresh_check_does_and_unchanged_claims_are_reused()
    {
        var random = new Random(8);
        var original = Repository.Draft("dev-02-figures.md") + Repository.Draft("dev-03-stale.md");
        var text = original;
        var incremental = new IncrementalChecker(Fresh);
        string[] inserts = ["$6.5 billion", "more than 30 countries", "\n\n", " since 2022", "In 2023, ", "# Heading\n", "not ", "<!-- checker-disable-next-line -->\n", ""];
        var reusedSome = false;
        for (var step = 0; step < 120; step++)
        {
            var start = random.Next(text.Length + 1);
            var end = Math.Min(text.Length, start + random.Next(12));
            text = text[..start] + inserts[random.Next(inserts.Length)] + text[end..];
            if (step % 40 == 39) text = original; // undo everything: every claim is known again
            var expected = Fresh.Check(text, Options);
            var actual = incremental.Check(text, Options);
            Assert.Equal(Describe(expected), Describe(actual));
            reusedSome |= incremental.LastReused > 0;
        }
        Assert.True(reusedSome);
    }

    [Fact]
    public void Claims_moved_by_an_edit_above_them_are_reused_at_their_new_place()
    {
        var text = Repository.Draft("dev-02-figures.md");
        var incremental = new IncrementalChecker(Fresh);
        var first = incremental.Check(text, Options);
        var moved = text.Replace("# Canada's aid, by the numbers", "# Canada's aid, by the numbers\n\nA new paragraph without figures.");
        var second = incremental.Check(moved, Options);
        // Only the claim beside the new paragraph is judged again (its neighbouring sentences, part of its context, changed).
        Assert.Equal(first.Judgements.Count - 1, incremental.LastReused);
        Assert.Equal(Describe(Fresh.Check(moved, Options)), Describe(second));
    }

    [Fact]
    public void A_name_spelled_two_ways_is_found_as_a_fresh_check_finds_it_while_edits_move_add_and_remove_spellings()
    {
        // FC6001 reads capitalised words the previous version kept for unchanged sentences: edits before, between and
        // after the spellings move them, and edits of the spellings themselves change which one comes first.
        var random = new Random(6);
        var original = "President Zelensky spoke first. " + Repository.Draft("dev-02-figures.md") + "\n\nLater, Zelenskyy thanked the allies. Zelensky's office agreed.\n";
        var text = original;
        var incremental = new IncrementalChecker(Fresh);
        string[] inserts = ["Zelenskyy ", "Zelensky", " ", "\n\n", "Mr. ", "Ottawa. ", "x", ""];
        var found = 0;
        for (var step = 0; step < 80; step++)
        {
            var start = random.Next(text.Length + 1);
            var end = Math.Min(text.Length, start + random.Next(10));
            text = text[..start] + inserts[random.Next(inserts.Length)] + text[end..];
            if (step % 30 == 29) text = original;
            var expected = Fresh.Check(text, Options);
            var actual = incremental.Check(text, Options);
            Assert.Equal(Describe(expected), Describe(actual));
            found += actual.Diagnostics.Count(d => d.Id == "FC6001");
        }
        Assert.True(found > 0);
    }

    private static List<string> Describe(CheckResult result) =>
        result.Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Severity} {d.Message} [{string.Join(" | ", d.Evidence.Select(e => e.Text))}] " +
                                       $"[{string.Join(" | ", d.Fixes.Select(f => f.Title + ":" + string.Join(",", f.Edits.Select(e => e.Span + e.NewText))))}] " +
                                       $"[{string.Join(" | ", d.Related.Select(r => r.Span + r.Message))}]")
            .Concat(result.Judgements.Select(j => $"{j.Claim.Span} {j.Claim.Text} {j.Verdict} {j.Finding} {j.Fact?.Id} {j.Reason}"))
            .Concat(result.Suppressed.Select(d => $"suppressed {d.Id} {d.Span}"))
            .ToList();
}
