using Checker.Analyzers;
using Checker.Core.Analysis;
using Checker.Core.Claims;
using Checker.Core.Facts;
using Checker.Core.Facts.Snapshot;
using Checker.Engine.Tests.Infrastructure;
using Checker.Workspace;

namespace Checker.Engine.Tests.Snapshots;

/// <summary>A fact base read from its snapshot is the fact base that was written: same listing, same judgements.</summary>
public class FactBaseSnapshotTests
{
    private static readonly string DraftFolder = Path.Combine(Repository.Root, "tests", "Checker.Engine.Tests", "Snapshots", "Drafts");

    public static TheoryData<string> DevDrafts => new(Directory.GetFiles(DraftFolder, "*.md").Select(Path.GetFileName).Order()!);

    /// <summary>The seeds plus the dev drafts read as sources, and a percentage: every claim kind, series, twins and anchors.</summary>
    private static readonly Lazy<FactBase> Rich = new(() => FactBaseBuilder.Build(
        SeedLoader.EmbeddedSources().Concat(Directory.GetFiles(DraftFolder, "*.md").Order().Select((file, i) =>
            new SourceDocument($"drafts/{Path.GetFileName(file)}", File.ReadAllText(file), new DateOnly(2026, 1, 8 + i), "Dev", Path.GetFileName(file))))
            .Append(new SourceDocument("extra/percent.txt", "Defence spending rose to about 1.4% of GDP in 2024, the government said.\n",
                new DateOnly(2025, 2, 1), "Wire", "Spending", "USD", "US")),
        SeedLoader.DefaultLexicon));

    [Fact]
    public void The_embedded_fact_base_is_the_one_built_from_the_seeds_text()
    {
        using var resource = typeof(SeedLoader).Assembly.GetManifestResourceStream(SeedLoader.EmbeddedSnapshotName);
        Assert.NotNull(resource);
        var bytes = new byte[resource.Length];
        resource.ReadExactly(bytes);
        var built = SeedLoader.BuildEmbedded();
        // Read, not TryRead: the loader's fallback to building from text must not hide an unreadable snapshot.
        Assert.Equal(FactBaseListing.Of(built), FactBaseListing.Of(FactBaseSnapshot.Read(bytes, SeedLoader.DefaultLexicon)));
        Assert.Equal(FactBaseListing.Of(built), FactBaseListing.Of(SeedLoader.Embedded));
        Assert.Equal(FactBaseSnapshot.Write(built), FactBaseSnapshot.Write(SeedLoader.Embedded));
    }

    [Fact]
    public void A_snapshot_holds_every_kind_of_claim_and_reads_back_to_the_same_listing_and_bytes()
    {
        var bytes = FactBaseSnapshot.Write(Rich.Value);
        var loaded = FactBaseSnapshot.Read(bytes, SeedLoader.DefaultLexicon);

        Assert.All(Enum.GetValues<ClaimKind>(), kind => Assert.NotEmpty(loaded.OfKind(kind)));
        Assert.Contains(loaded.Series, s => s.Facts.Count > 1);
        Assert.Contains(loaded.Facts, f => f.Evidence.Count > 1);
        Assert.Contains(loaded.Facts, f => f.Claim.Anchor is not null);
        Assert.Equal(FactBaseListing.Of(Rich.Value), FactBaseListing.Of(loaded));
        Assert.Equal(bytes, FactBaseSnapshot.Write(loaded));
    }

    [Theory]
    [MemberData(nameof(DevDrafts))]
    public void A_fact_base_read_from_its_snapshot_judges_each_dev_draft_the_same(string draft)
    {
        var markdown = File.ReadAllText(Path.Combine(DraftFolder, draft));
        foreach (var built in new[] { SeedLoader.BuildEmbedded(), Rich.Value })
        {
            var loaded = FactBaseSnapshot.Read(FactBaseSnapshot.Write(built), SeedLoader.DefaultLexicon);
            foreach (var asOf in new DateOnly?[] { null, new DateOnly(2025, 9, 1) })
            {
                var options = new CheckOptions { ForcedAsOf = asOf, DefaultCurrency = "CAD" };
                var expected = FactBaseListing.Of(new DraftChecker(built, RuleCatalog.All).Check(markdown, options));
                Assert.Equal(expected, FactBaseListing.Of(new DraftChecker(loaded, RuleCatalog.All).Check(markdown, options)));
                Assert.Contains("judgement", expected);
            }
        }
    }

    [Fact]
    public void Every_truncation_is_a_clean_format_error()
    {
        var bytes = FactBaseSnapshot.Write(SeedLoader.BuildEmbedded());
        for (var length = 0; length < bytes.Length; length += length < 64 ? 1 : 97)
        {
            Assert.Throws<SnapshotFormatException>(() => FactBaseSnapshot.Read(new ArraySegment<byte>(bytes, 0, length), SeedLoader.DefaultLexicon));
            Assert.False(FactBaseSnapshot.TryRead(new ArraySegment<byte>(bytes, 0, length), SeedLoader.DefaultLexicon, out _));
        }
    }

    [Fact]
    public void A_changed_byte_anywhere_is_a_clean_format_error()
    {
        var original = FactBaseSnapshot.Write(SeedLoader.BuildEmbedded());
        for (var at = 0; at < original.Length; at += at < 64 ? 1 : 89)
        {
            var bytes = (byte[])original.Clone();
            bytes[at] ^= 0x5A;
            Assert.Throws<SnapshotFormatException>(() => FactBaseSnapshot.Read(bytes, SeedLoader.DefaultLexicon));
        }
    }

    [Fact]
    public void Foreign_bytes_are_a_clean_format_error()
    {
        Assert.False(FactBaseSnapshot.TryRead(Array.Empty<byte>(), SeedLoader.DefaultLexicon, out _));
        Assert.False(FactBaseSnapshot.TryRead("not a snapshot at all, just some text"u8.ToArray(), SeedLoader.DefaultLexicon, out _));
        Assert.False(FactBaseSnapshot.TryRead(new byte[4096], SeedLoader.DefaultLexicon, out _));
    }
}
