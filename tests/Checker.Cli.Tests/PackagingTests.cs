using System.Diagnostics;
using Xunit;

namespace Checker.Cli.Tests;

/// <summary>`dotnet pack` makes a dotnet tool named checker that installs from the package alone and runs with its embedded seeds.</summary>
public sealed class PackagingTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_packed_tool_installs_into_a_tool_path_and_verifies_with_the_embedded_seeds()
    {
        var packages = Path.Combine(_dir.Path, "packages");
        var tools = Path.Combine(_dir.Path, "tools");
        var project = Path.Combine(CheckerRun.RepoRoot, "src", "Checker.Cli", "Checker.Cli.csproj");

        // The CLI was built with the tests (their own reference) in the same configuration, so packing needs no build.
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}") ? "Debug" : "Release";
        Run(_dir.Path, "dotnet", "pack", project, "-c", configuration, "--no-build", "-o", packages, "-nologo", "-v", "q");
        Run(_dir.Path, "dotnet", "tool", "install", "Checker.Tool", "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        _dir.Write("work/draft.md", Drafts.FrontMatter + Drafts.Countries + "\n");
        var verify = Run(Path.Combine(_dir.Path, "work"), Path.Combine(tools, "checker"), "verify", "draft.md", "--fail-on", "warning");

        Assert.Equal(1, verify.ExitCode); // the bundled seeds say "more than 30 countries"
        Assert.Contains("draft.md(5,92): warning FC1001:", verify.Stdout);
        Assert.Contains("seeds/003_db5c0ee1a5e15f1e.txt", verify.Stdout);
    }

    private static RunResult Run(string folder, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(300_000)) { process.Kill(true); throw new TimeoutException($"{file} {string.Join(' ', args)} took over 5 minutes"); }
        var result = new RunResult(process.ExitCode, stdout.Result, stderr.Result);
        if (file == "dotnet" && result.ExitCode != 0) Assert.Fail($"{file} {string.Join(' ', args)} failed:\n{result}");
        return result;
    }
}
