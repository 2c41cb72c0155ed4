using Checker.Analyzers;
using Checker.Core;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Prose;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests;

/// <summary>
/// A long draft is read and judged on several threads at once, in stretches of sentences and runs of claims. Whatever
/// the number of threads, the check's result is the one a single thread gives: the same claims in the same order, with
/// the same contexts (so the same candidates and exact scores), judgements and diagnostics.
/// </summary>
public sealed class ParallelCheckTests
{
    private static readonly DraftChecker Checker = new(SeedLoader.Embedded, RuleCatalog.All);
    private static readonly CheckOptions Options = new() { DefaultAsOf = new DateOnly(2025, 9, 1), DefaultCurrency = "CAD" };

    private static readonly string[] Pieces =
    [
        File.ReadAllText(Path.Combine(Repository.Root, "examples", "draft.md")),
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Checker.LanguageServer.Tests", "Drafts", "dev-02-figures.md")),
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Checker.LanguageServer.Tests", "Drafts", "dev-03-stale.md")),
        "\n| Aid | Since 2022 | In 2023 |\n|---|---|---|\n| Military assistance | $4.5 billion | about $1.8 billion |\n\n",
        "# Support since 2022\n\nIn 2023, assistance stood at $1.8 billion. Foreign Affairs Minister Anita Anand spoke.\n\n",
        "<!-- checker-disable-next-line -->\nCanada has given $7.5 billion since 2022.\n\n",
    ];

    /// <summary>A draft of a few hundred kilobytes: the pieces in a seeded random order, so stretches start anywhere.</summary>
    private static string LongDraft(int seed)
    {
        var random = new Random(seed);
        var draft = new System.Text.StringBuilder();
        while (draft.Length < 200_000) draft.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "\n" : "\n\n");
        return draft.ToString();
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 8)]
    public void A_check_on_several_threads_equals_one_on_a_single_thread(int seed, int threads)
    {
        var draft = LongDraft(seed);
        var single = Checker.Check(draft, Options with { MaxThreads = 1 });
        var several = Checker.Check(draft, Options with { MaxThreads = threads });
        // Long enough to be split: more sentences and claims than one thread takes.
        Assert.True(single.Document.Sentences.Count > 4 * 128 && single.Judgements.Count > 2 * 512, "the draft is too short to be split");
        Assert.Equal(CheckDescription.Of(single), CheckDescription.Of(several));
    }

    [Fact]
    public void Extraction_on_several_threads_gives_each_claim_the_same_context_weights_in_the_same_order()
    {
        var document = MarkdownProse.Parse(LongDraft(4));
        var extractor = new ClaimExtractor(SeedLoader.Embedded.Lexicon);
        var options = new RecognizerOptions("CAD", new DateOnly(2025, 9, 1));
        var single = extractor.Extract(document, options, maxThreads: 1);
        var several = extractor.Extract(document, options, maxThreads: 4);
        Assert.Equal(single.Count, several.Count);
        for (var c = 0; c < single.Count; c++)
        {
            Assert.Equal(single[c].Span, several[c].Span);
            Assert.Equal(single[c].Context.Weights.Select(w => $"{w.Key}={w.Value:R}"), several[c].Context.Weights.Select(w => $"{w.Key}={w.Value:R}"));
            Assert.Equal(single[c].Anchor?.Span, several[c].Anchor?.Span);
        }
    }

    [Fact]
    public void Work_that_throws_on_one_thread_rethrows_its_own_exception_once_every_thread_has_stopped()
    {
        var finished = 0;
        var calls = 0;
        var thrown = Assert.Throws<InvalidOperationException>(() => Parallelism.ForEachPiece(3, 3, () => 0, (_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 2) throw new InvalidOperationException("broken piece");
            Thread.Sleep(50);
            Interlocked.Increment(ref finished);
        }));
        Assert.Equal("broken piece", thrown.Message);
        Assert.Equal(2, Volatile.Read(ref finished));
    }

    [Theory]
    [InlineData(null, 10_000, 128)]
    [InlineData(1, 10_000, 128)]
    [InlineData(4, 10_000, 128)]
    [InlineData(4, 300, 128)]
    [InlineData(null, 40, 128)]
    public void A_short_job_gets_fewer_threads_and_never_none(int? maxThreads, int items, int minPerThread)
    {
        var threads = Parallelism.Threads(maxThreads, items, minPerThread);
        Assert.InRange(threads, 1, maxThreads ?? Environment.ProcessorCount);
        Assert.True(threads == 1 || items / threads >= minPerThread);
        if (maxThreads is { } max && items / minPerThread >= max) Assert.Equal(max, threads);
    }
}
