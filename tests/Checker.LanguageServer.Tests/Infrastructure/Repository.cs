namespace Checker.LanguageServer.Tests.Infrastructure;

/// <summary>Paths the tests need: the repository, the built server, the bundled drafts.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The `checker` built in the same configuration as these tests (Debug or Release).</summary>
    public static string ServerDll
    {
        get
        {
            // BaseDirectory is .../bin/CONFIGURATION/net10.0/
            var configuration = Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)))!;
            var dll = Path.Combine(Root, "src", "Checker.Cli", "bin", configuration, "net10.0", "checker.dll");
            return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/Checker.Cli first", dll);
        }
    }

    public static string Draft(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Drafts", name));

    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Checker.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("no Checker.sln above " + AppContext.BaseDirectory);
    }
}
