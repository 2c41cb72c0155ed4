using Checker.Reliability.Tests.Infrastructure;

namespace Checker.Reliability.Tests;

/// <summary>A broken seed folder given with --seeds: exit 2 and one line naming the manifest (or file) and the position.</summary>
public class SeedManifestTests
{
    private const string Source = "Canada has committed $6.5 billion in military assistance to Ukraine since the beginning of 2022.";

    private static (TempDir Dir, string Draft) Setup(string manifest, bool withSource = true)
    {
        var dir = new TempDir();
        if (withSource) dir.File("seeds/a.txt", Source);
        dir.File("seeds/manifest.json", manifest);
        return (dir, dir.File("draft.md", "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.\n"));
    }

    private static CliRun Verify(TempDir dir, string draft) => CheckerProcess.Run("verify", draft, "--seeds", Path.Combine(dir.Path, "seeds"));

    [Theory]
    [InlineData("{\"sources\": [ {\"file\": \"a.txt\", \"date\": \"2025-08-19\" ", "(1,")]               // truncated
    [InlineData("{\"sources\": [ {\"file\": \"a.txt\",, \"date\": \"2025-08-19\"} ] }", "(1,")]       // two commas
    [InlineData("not json at all", "(1,")]
    [InlineData("", "(1,1)")]
    [InlineData("[1, 2, 3]", "(1,")]
    public void Bad_JSON(string manifest, string position)
    {
        var (dir, draft) = Setup(manifest);
        using var _ = dir;
        Verify(dir, draft).AssertInputError("manifest.json" + position, "error FC9001");
    }

    [Fact]
    public void An_unknown_key_is_named_with_its_line()
    {
        var (dir, draft) = Setup("{\n \"sources\": [\n  {\"file\": \"a.txt\",\n   \"date\": \"2025-08-19\",\n   \"colour\": \"red\"}\n ]\n}");
        using var _ = dir;
        Verify(dir, draft).AssertInputError("manifest.json(5,", "unknown key 'colour'");
    }

    [Fact]
    public void A_bad_date_is_named_with_its_line()
    {
        var (dir, draft) = Setup("{\n \"sources\": [\n  {\"file\": \"a.txt\",\n   \"date\": \"2025-02-30\"}\n ]\n}");
        using var _ = dir;
        Verify(dir, draft).AssertInputError("manifest.json(4,", "'date' is not a date");
    }

    [Fact]
    public void A_listed_file_that_does_not_exist()
    {
        var (dir, draft) = Setup("{\"sources\": [{\"file\": \"missing.txt\", \"date\": \"2025-08-19\"}]}");
        using var _ = dir;
        Verify(dir, draft).AssertInputError("manifest.json(1,1)", "'missing.txt' listed in the manifest does not exist");
    }

    [Fact]
    public void A_folder_without_a_manifest_and_a_missing_folder()
    {
        using var dir = new TempDir();
        var draft = dir.File("draft.md", "Text.");
        dir.File("seeds/a.txt", Source);
        CheckerProcess.Run("verify", draft, "--seeds", Path.Combine(dir.Path, "seeds")).AssertInputError("manifest.json(1,1)", "has no manifest.json");
        CheckerProcess.Run("verify", draft, "--seeds", Path.Combine(dir.Path, "nope")).AssertInputError("nope(1,1)", "seed folder not found");
    }

    [Fact]
    public void A_file_path_that_escapes_the_folder_is_refused()
    {
        var (dir, draft) = Setup("{\"sources\": [{\"file\": \"../draft.md\", \"date\": \"2025-08-19\"}]}");
        using var _ = dir;
        Verify(dir, draft).AssertInputError("manifest.json(1,", "must name a file beside the manifest");
    }

    [Fact]
    public void A_binary_source_is_read_without_crashing()
    {
        using var dir = new TempDir();
        var bytes = new byte[8192];
        new Random(3).NextBytes(bytes);
        dir.Bytes("seeds/a.txt", bytes);
        dir.File("seeds/manifest.json", "{\"sources\": [{\"file\": \"a.txt\", \"date\": \"2025-08-19\"}]}");
        var draft = dir.File("draft.md", "Canada has committed $7.5 billion in military assistance to Ukraine since 2022.\n");
        Verify(dir, draft).AssertChecked();
    }

    [Fact]
    public void A_good_folder_is_used()
    {
        var (dir, draft) = Setup("{\"sources\": [{\"file\": \"a.txt\", \"date\": \"2025-08-19\", \"outlet\": \"Test\"}]}");
        using var _ = dir;
        var run = CheckerProcess.Run("verify", draft, "--seeds", Path.Combine(dir.Path, "seeds"), "--as-of", "2025-09-01");
        Assert.Equal(0, run.ExitCode); // a warning does not fail the run by default
        Assert.Contains("warning FC1001: The source says $6.5 billion (Test, 2025-08-19)", run.Stdout);
    }
}
