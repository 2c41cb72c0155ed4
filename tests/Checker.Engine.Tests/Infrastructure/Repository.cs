namespace Checker.Engine.Tests.Infrastructure;

/// <summary>Finds the repository root from the test's output folder, for tests that read the rule pages and seeds.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Checker.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Checker.sln not found above " + AppContext.BaseDirectory);
    }
}
