using Checker.Workspace;

namespace Checker.Engine.Tests;

public class ManifestTests
{
    [Theory]
    [InlineData("""{"sources": [{"file": "a.txt", "date": "2025-13-01"}]}""", 1, "not a date")]
    [InlineData("""{"sources": [{"file": "a.txt", "date": "2025-01-01", "colour": "red"}]}""", 1, "unknown key 'colour'")]
    [InlineData("{\n  \"sources\": [\n    {\"date\": \"2025-01-01\"}\n  ]\n}", 3, "without 'file'")]
    [InlineData("{\"sources\": [", 1, "")]
    [InlineData("[]", 1, "must be a JSON object")]
    public void A_bad_manifest_is_a_coded_error_with_its_position(string json, int line, string message)
    {
        var error = Assert.Throws<InputException>(() => SeedManifest.Parse(json, "seeds/manifest.json"));
        Assert.Equal("FC9001", error.Code);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Detail);
        Assert.Contains("seeds/manifest.json(", error.Message);
    }

    [Fact]
    public void A_manifest_naming_a_missing_file_is_an_error()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(dir, "manifest.json"), """{"sources": [{"file": "gone.txt", "date": "2025-01-01"}]}""");
        var error = Assert.Throws<InputException>(() => SeedLoader.FromDirectory(dir));
        Assert.Contains("gone.txt", error.Detail);
    }

    [Fact]
    public void The_bundled_manifest_reads_every_seed_with_its_date()
    {
        var sources = SeedLoader.EmbeddedSources();
        Assert.Equal(5, sources.Count);
        Assert.Equal(new DateOnly(2025, 8, 19), sources.Single(s => s.Path.EndsWith("002_5c8515c7b062ecf8.txt")).Date);
        Assert.All(sources, s => Assert.Equal("CAD", s.DefaultCurrency));
    }
}
