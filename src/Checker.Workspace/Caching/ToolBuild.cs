using Checker.Core.Facts;

namespace Checker.Workspace.Caching;

/// <summary>
/// Identifies the build of the engine and of this layer, so a cache written by one build is never read by another
/// (a change to extraction or matching code changes what a fact base holds). Module version ids change with every
/// compilation that changes the assemblies.
/// </summary>
internal static class ToolBuild
{
    private static readonly Lazy<string> IdValue = new(Compute);

    public static string Id => IdValue.Value;

    private static string Compute()
    {
        try
        {
            var core = typeof(FactBase).Module.ModuleVersionId;
            var workspace = typeof(ToolBuild).Module.ModuleVersionId;
            if (core != Guid.Empty && workspace != Guid.Empty) return $"{core:N}-{workspace:N}";
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or PlatformNotSupportedException)
        {
        }
        // A single-file or native build may not carry module ids: the executable itself stands for the build.
        var process = Environment.ProcessPath;
        if (process is null || !File.Exists(process)) return "unknown-" + Guid.NewGuid().ToString("N"); // never matches: no reuse
        var info = new FileInfo(process);
        return $"exe-{info.Length}-{info.LastWriteTimeUtc.Ticks}";
    }
}
