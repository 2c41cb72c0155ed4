using System.Diagnostics;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>
/// The seed-folder cache seen from the command line: a second run loads what the first built and prints the same; an
/// edited source is read again; CHECKER_CACHE=off writes nothing; a damaged cache file is rebuilt, never a crash.
/// </summary>
public sealed class FactCacheTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public FactCacheTests()
    {
        _dir.Write("facts/manifest.json", """{ "sources": [ { "file": "latvia.txt", "date": "2025-06-01", "outlet": "Test Wire" } ] }""");
        _dir.Write("facts/latvia.txt", "Canada has about 5,000 troops deployed in Latvia, the defence department said.\n");
        _dir.Write("a.md", Drafts.FrontMatter + "Canada has around 2,000 troops deployed in Latvia.\n");
    }

    public void Dispose() => _dir.Dispose();

    private string Cache => Path.Combine(_dir.Path, "cache");

    private RunResult Run(string cache, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "checker.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["CHECKER_CACHE"] = cache;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) { process.Kill(true); throw new TimeoutException("checker did not finish in 60 s"); }
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void A_second_run_loads_the_cached_fact_base_and_reports_the_same()
    {
        var first = Run(Cache, "verify", "a.md", "--seeds", "facts", "--format", "json");
        var cached = Assert.Single(Directory.GetFiles(Cache));
        var stamp = File.GetLastWriteTimeUtc(cached);
        var second = Run(Cache, "verify", "a.md", "--seeds", "facts", "--format", "json");

        Assert.Contains("FC1001", first.Stdout);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(cached)); // read, not rewritten
        Assert.Equal(Run(Cache, "facts", "--seeds", "facts").ToString(), Run("off", "facts", "--seeds", "facts").ToString());
    }

    [Fact]
    public void An_edited_source_is_read_again()
    {
        Assert.Contains("FC1001", Run(Cache, "verify", "a.md", "--seeds", "facts").Stdout);
        _dir.Write("facts/latvia.txt", "Canada has about 2,000 troops deployed in Latvia, the defence department said.\n");
        File.SetLastWriteTimeUtc(Path.Combine(_dir.Path, "facts/latvia.txt"), DateTime.UtcNow.AddMinutes(1));

        var after = Run(Cache, "verify", "a.md", "--seeds", "facts");

        Assert.Equal(0, after.ExitCode);
        Assert.DoesNotContain("FC1001", after.Stdout);
    }

    [Fact]
    public void Caching_off_writes_nothing_and_a_damaged_cache_is_rebuilt()
    {
        var expected = Run("off", "verify", "a.md", "--seeds", "facts").ToString();
        Assert.False(Directory.Exists(Cache));

        Run(Cache, "verify", "a.md", "--seeds", "facts");
        var cached = Assert.Single(Directory.GetFiles(Cache));
        File.WriteAllBytes(cached, File.ReadAllBytes(cached)[..40]);

        Assert.Equal(expected, Run(Cache, "verify", "a.md", "--seeds", "facts").ToString());
        Assert.Equal(expected, Run(Cache, "verify", "a.md", "--seeds", "facts").ToString());
    }
}
