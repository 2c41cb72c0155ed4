using Checker.Core.Facts;
using Checker.Core.Facts.Snapshot;
using Checker.Workspace;
using Checker.Workspace.Caching;
using Checker.Workspace.Configuration;

namespace Checker.Engine.Tests.Snapshots;

/// <summary>The seed-folder cache: reused while the folder is unchanged, rebuilt on any change, never a crash.</summary>
public sealed class FactBaseCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("checker-cache-test-").FullName;
    private readonly string _seeds;
    private readonly FactBaseCache _cache;
    private int _builds;

    public FactBaseCacheTests()
    {
        _seeds = Path.Combine(_root, "seeds");
        Directory.CreateDirectory(_seeds);
        var sources = SeedLoader.EmbeddedSources().Take(2).ToList();
        foreach (var s in sources) File.WriteAllText(Path.Combine(_seeds, Path.GetFileName(s.Path)), s.Text);
        WriteManifest(sources.Select(s => (Path.GetFileName(s.Path), s.Date.ToString("yyyy-MM-dd"))));
        _cache = new FactBaseCache(Path.Combine(_root, "cache"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private FactBase Load(IReadOnlyList<string>? synonyms = null)
    {
        synonyms ??= [];
        var lexicon = ConfiguredEngine.LexiconWith(synonyms);
        return _cache.Load([new SeedFolder(_seeds, "seeds")], lexicon, synonyms, () =>
        {
            _builds++;
            return SeedLoader.Build(SeedLoader.FromDirectory(_seeds, "seeds"), lexicon);
        });
    }

    private void WriteManifest(IEnumerable<(string File, string Date)> entries) =>
        File.WriteAllText(Path.Combine(_seeds, SeedManifest.FileName),
            "{\"sources\": [" + string.Join(", ", entries.Select(e => $"{{\"file\": \"{e.File}\", \"date\": \"{e.Date}\"}}")) + "]}");

    private string[] CacheFiles() => Directory.Exists(_cache.Directory) ? Directory.GetFiles(_cache.Directory!) : [];

    [Fact]
    public void An_unchanged_folder_is_built_once_then_loaded_from_the_cache()
    {
        var first = Load();
        var second = Load();

        Assert.Equal(1, _builds);
        Assert.Single(CacheFiles());
        Assert.NotSame(first, second);
        Assert.Equal(FactBaseListing.Of(first), FactBaseListing.Of(second));
        Assert.Equal(FactBaseSnapshot.Write(first), FactBaseSnapshot.Write(second));
    }

    [Fact]
    public void A_changed_source_file_is_rebuilt_and_its_new_figure_is_a_fact()
    {
        var before = Load();
        var fact = before.Facts.First(f => f.Claim is Checker.Core.Claims.QuantityClaim);
        var file = Path.Combine(_seeds, Path.GetFileName(fact.Source.Path));
        var text = File.ReadAllText(file);
        File.WriteAllText(file, text.Remove(fact.Claim.Span.Start, fact.Claim.Span.Length).Insert(fact.Claim.Span.Start, "$987 million"));
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(5)); // even on a coarse clock

        var after = Load();

        Assert.Equal(2, _builds);
        Assert.Contains(after.Facts, f => f.Claim.Text.Contains("$987 million"));
        Assert.DoesNotContain(before.Facts, f => f.Claim.Text.Contains("$987 million"));
        Load();
        Assert.Equal(2, _builds);
    }

    [Fact]
    public void A_changed_manifest_or_other_synonyms_miss_the_cache()
    {
        Load();
        WriteManifest(SeedLoader.EmbeddedSources().Take(1).Select(s => (Path.GetFileName(s.Path), "2024-01-01")));
        var fewer = Load();
        Assert.Equal(2, _builds);
        Assert.Single(fewer.Sources);
        Assert.Equal(new DateOnly(2024, 1, 1), fewer.Sources[0].Date);

        Load(["aid, assistance, support"]);
        Assert.Equal(3, _builds);
        Load(["aid, assistance, support"]);
        Assert.Equal(3, _builds);
    }

    [Fact]
    public void A_deleted_source_is_reported_as_without_a_cache()
    {
        Load();
        File.Delete(Directory.GetFiles(_seeds, "*.txt").First());
        var error = Assert.Throws<InputException>(() => Load());
        Assert.Equal("FC9001", error.Code);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    [InlineData("flipped")]
    public void A_damaged_cache_file_is_ignored_and_rewritten(string damage)
    {
        var expected = FactBaseListing.Of(Load());
        var file = Assert.Single(CacheFiles());
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..(bytes.Length / 2)],
            "garbage" => Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)).ToArray(),
            "empty" => [],
            _ => bytes.Select((b, i) => i == bytes.Length - 100 ? (byte)(b ^ 1) : b).ToArray(),
        });

        Assert.Equal(expected, FactBaseListing.Of(Load()));
        Assert.Equal(2, _builds);
        Assert.Equal(expected, FactBaseListing.Of(Load()));
        Assert.Equal(2, _builds);
    }

    [Fact]
    public void A_cache_that_cannot_be_written_is_silently_skipped()
    {
        var blocked = new FactBaseCache(Path.Combine(_root, "a-file"));
        File.WriteAllText(Path.Combine(_root, "a-file"), "not a folder");
        var facts = blocked.Load([new SeedFolder(_seeds, "seeds")], SeedLoader.DefaultLexicon, [],
            () => SeedLoader.Build(SeedLoader.FromDirectory(_seeds, "seeds")));
        Assert.NotEmpty(facts.Facts);
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void No_cache_folder_means_always_building()
    {
        var off = new FactBaseCache(null);
        var builds = 0;
        for (var i = 0; i < 2; i++)
            off.Load([new SeedFolder(_seeds, "seeds")], SeedLoader.DefaultLexicon, [], () => { builds++; return SeedLoader.Build(SeedLoader.FromDirectory(_seeds, "seeds")); });
        Assert.Equal(2, builds);
    }
}
