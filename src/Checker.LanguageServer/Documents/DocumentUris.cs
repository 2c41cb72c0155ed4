namespace Checker.LanguageServer.Documents;

/// <summary>Between file paths and <c>file://</c> URIs, as editors spell them.</summary>
public static class DocumentUris
{
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>The local path of a <c>file:</c> URI; null for any other scheme (untitled buffers) or a malformed URI.</summary>
    public static string? ToPath(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        return parsed.LocalPath;
    }

    public static bool IsUnder(string path, string folder)
    {
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal) ||
               Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) == Path.TrimEndingDirectorySeparator(root);
    }
}
