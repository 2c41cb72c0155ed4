using System.Diagnostics;
using System.Text;

namespace Checker.Cli.Tests;

/// <summary>What one run of the built `checker` printed and returned.</summary>
public sealed record RunResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>
/// Runs the real command line (checker.dll, built beside the tests) in a folder, as a user would: a separate process
/// with redirected output, so exit codes, stderr and "not a terminal" behaviour are the real ones.
/// </summary>
public static class CheckerRun
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "checker.dll");

    public static RunResult In(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) { process.Kill(true); throw new TimeoutException("checker did not finish in 60 s: " + string.Join(' ', args)); }
        return new RunResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The repository root (for examples/ and schema/), found from the test assembly's folder.</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Checker.sln"))) return dir.FullName;
            throw new InvalidOperationException("Checker.sln not found above " + AppContext.BaseDirectory);
        }
    }
}

/// <summary>A temporary folder for one test, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("checker-test-").FullName;
    }

    public string Path { get; }

    public string Write(string relative, string text, Encoding? encoding = null)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, encoding ?? new UTF8Encoding(false));
        return full;
    }

    public string Read(string relative) => File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public void Dispose()
    {
        try { Directory.Delete(Path, true); } catch (IOException) { }
    }
}

/// <summary>Small drafts whose findings against the bundled seeds are known from the seeds' text.</summary>
public static class Drafts
{
    public const string FrontMatter = "---\ndate: 2026-01-08\n---\n\n";

    /// <summary>The seeds say "more than 30 countries": 50 contradicts them (FC1001, warning, with a preferred fix).</summary>
    public const string Countries = "After almost four years of major conflict, Ukraine now holds security guarantees backed by more than 50 countries, Canada among them.";

    /// <summary>The seeds say US$90-billion: C$ contradicts the currency (FC1002).</summary>
    public const string Currency = "Ukraine is seeking a C$90-billion arms deal.";

    /// <summary>$1.8 billion was the figure in 2023; by 2026 the seeds say $6.5 billion (FC2001).</summary>
    public const string Outdated = "Canada has committed $1.8 billion in military assistance to Ukraine since Russia invaded.";

    public static string Example => File.ReadAllText(System.IO.Path.Combine(CheckerRun.RepoRoot, "examples", "draft.md"));
}
