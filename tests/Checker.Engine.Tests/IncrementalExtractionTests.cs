using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Incremental;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>
/// The incremental checker re-reads only the sentences an edit changed, yet after every edit of a seeded random sequence
/// its result equals a fresh check of the same text: every claim (all its properties and positions), judgement,
/// diagnostic (with evidence, fixes and related locations) and suppressed diagnostic.
/// </summary>
public sealed class IncrementalExtractionTests
{
    private static readonly DraftChecker Fresh = new(SeedLoader.Embedded, RuleCatalog.All);
    private static readonly CheckOptions Options = new() { DefaultAsOf = new DateOnly(2025, 9, 1), DefaultCurrency = "CAD" };

    private const string Table = """

        | Aid | Since 2022 | In 2023 |
        |---|---|---|
        | Military assistance | $4.5 billion | about $1.8 billion |
        | Humanitarian assistance | more than 30 countries | $352 million |

        """;

    private static string Original() =>
        File.ReadAllText(Path.Combine(Repository.Root, "examples", "draft.md")) + Table
        + File.ReadAllText(Path.Combine(Repository.Root, "tests", "Checker.LanguageServer.Tests", "Drafts", "dev-02-figures.md"))
        + File.ReadAllText(Path.Combine(Repository.Root, "tests", "Checker.LanguageServer.Tests", "Drafts", "dev-03-stale.md"));

    private static readonly string[] Inserts =
    [
        "$6.5 billion", "more than 30 countries", "\n\n", " since 2022", "In 2023, ", "# Heading\n", "not ", ". ", "x",
        "<!-- checker-disable-next-line -->\n", "", " ", "last winter", "Prime Minister Mark Carney", "| a | b |\n", "2024",
        "---\ndate: 2024-03-01\n---\n", "four years ago", ", and ", "\n", "U.S. ", "**", "`code`",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_version_of_a_seeded_random_edit_sequence_equals_a_fresh_check(int seed)
    {
        var random = new Random(seed);
        var original = Original();
        var text = original;
        var incremental = new IncrementalChecker(Fresh);
        var sentencesReused = 0;
        for (var step = 0; step < 60; step++)
        {
            if (step % 25 == 24) text = original; // undo everything
            else if (random.Next(6) == 0)
            {
                // Move a stretch of text elsewhere: the same sentences at new places.
                var from = random.Next(text.Length);
                var length = Math.Min(text.Length - from, random.Next(400));
                var piece = text.Substring(from, length);
                text = text.Remove(from, length);
                text = text.Insert(random.Next(text.Length + 1), piece);
            }
            else
            {
                var start = random.Next(text.Length + 1);
                var end = Math.Min(text.Length, start + random.Next(12));
                text = text[..start] + Inserts[random.Next(Inserts.Length)] + text[end..];
            }
            Assert.Equal(CheckDescription.Of(Fresh.Check(text, Options)), CheckDescription.Of(incremental.Check(text, Options)));
            sentencesReused += incremental.LastSentencesReused;
        }
        Assert.True(sentencesReused > 0);
    }

    [Fact]
    public void One_keystroke_re_reads_only_the_sentences_around_it()
    {
        var text = Original();
        var incremental = new IncrementalChecker(Fresh);
        var first = incremental.Check(text, Options);
        var sentences = first.Document.Sentences.Count;
        Assert.Equal(sentences, incremental.LastSentencesExtracted + incremental.LastSentencesReused);

        var at = text.IndexOf("military", StringComparison.Ordinal);
        var edited = text.Insert(at, "x");
        var second = incremental.Check(edited, Options);
        // The edited sentence and the two that take it as a neighbour.
        Assert.InRange(incremental.LastSentencesExtracted, 1, 3);
        Assert.Equal(second.Document.Sentences.Count - incremental.LastSentencesExtracted, incremental.LastSentencesReused);
        // Every claim outside those three sentences keeps its judgement.
        var sentenceList = second.Document.Sentences.ToList();
        var editedSentence = sentenceList.FindIndex(s => s.Span.Contains(at));
        bool NearEdit(Claim c) => Math.Abs(sentenceList.FindIndex(s => s.Span == c.SentenceSpan) - editedSentence) <= 1;
        Assert.True(incremental.LastReused >= second.Judgements.Count(j => !NearEdit(j.Claim)));
        Assert.True(incremental.LastReused > 0);
        Assert.Equal(CheckDescription.Of(Fresh.Check(edited, Options)), CheckDescription.Of(second));
    }

    [Fact]
    public void A_new_as_of_date_reads_every_sentence_again()
    {
        var text = Original();
        var incremental = new IncrementalChecker(Fresh);
        incremental.Check(text, Options);
        var later = Options with { ForcedAsOf = new DateOnly(2026, 6, 1) };
        var result = incremental.Check(text, later);
        Assert.Equal(0, incremental.LastSentencesReused);
        Assert.Equal(CheckDescription.Of(Fresh.Check(text, later)), CheckDescription.Of(result));
    }
}
