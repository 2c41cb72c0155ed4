using System.Diagnostics;
using System.Text;

namespace Checker.Reliability.Tests.Infrastructure;

/// <summary>What one run of the `checker` process did.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>
    /// The contract for every run on bad input: exit 0 or 1 with a report (a correct result), or exit 2 with exactly one
    /// line on stderr naming the file and a position "path(line,col)"; never an internal error, never a stack trace.
    /// </summary>
    public CliRun AssertHandled(string? file = null)
    {
        Assert.DoesNotContain("internal error", Stderr);
        Assert.DoesNotContain("   at ", Stderr);
        Assert.DoesNotContain("Unhandled exception", Stderr);
        Assert.Contains(ExitCode, new[] { 0, 1, 2 });
        if (ExitCode == 2)
        {
            var lines = Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Single(lines);
            if (file is not null) Assert.Matches(@"\(\d+,\d+\): error FC9\d\d\d: ", lines[0]);
            if (file is not null) Assert.Contains(file, lines[0]);
        }
        return this;
    }

    /// <summary>An input error: exit 2, one line naming the file and position, and saying <paramref name="says"/>.</summary>
    public CliRun AssertInputError(string file, string says)
    {
        Assert.True(ExitCode == 2, $"exit {ExitCode}, stderr: {Stderr}, stdout: {Stdout[..Math.Min(400, Stdout.Length)]}");
        AssertHandled(file);
        Assert.Contains(says, Stderr);
        return this;
    }

    /// <summary>A checked draft: exit 0 or 1 and a report on stdout.</summary>
    public CliRun AssertChecked()
    {
        Assert.True(ExitCode is 0 or 1, $"exit {ExitCode}, stderr: {Stderr}");
        AssertHandled();
        Assert.Equal("", Stderr);
        return this;
    }
}

/// <summary>
/// Runs the built `checker` (referenced by this project, so it sits beside the tests) as a separate process. The
/// timeout is a hang detector, far above any expected run, not a speed test: speed is measured by benchmarks/.
/// </summary>
public static class CheckerProcess
{
    public static readonly TimeSpan HangTimeout = TimeSpan.FromSeconds(90);

    public static CliRun Run(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "checker.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(HangTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"checker {string.Join(' ', args)} did not finish within {HangTimeout.TotalSeconds} s (hang)");
        }
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A temporary folder per test, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "checker-rel-" + Guid.NewGuid().ToString("N")[..12]);

    public string File(string name, string text) => Bytes(name, new UTF8Encoding(false).GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
