namespace Checker.Workspace.Caching;

/// <summary>
/// Where Checker keeps derived data between runs: <c>$CHECKER_CACHE</c> when set (<c>off</c>, <c>0</c>, <c>false</c>,
/// <c>none</c> or empty disable caching), else <c>$XDG_CACHE_HOME/checker</c>, else <c>~/.cache/checker</c>.
/// </summary>
public static class CacheDirectory
{
    public const string Variable = "CHECKER_CACHE";

    /// <summary>The cache folder (not necessarily existing yet), or null when caching is off or there is no home.</summary>
    public static string? Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (configured is not null)
        {
            return configured.Trim().ToLowerInvariant() is "" or "off" or "0" or "false" or "none" ? null : Path.GetFullPath(configured);
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "checker");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "checker");
    }
}
