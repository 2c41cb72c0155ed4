using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Protocol;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// The folders the editor opened. They bound what the server reads: <c>checker.json</c> is searched for only from a draft
/// up to the workspace folder that holds it, and a draft outside every folder is checked with the defaults, its
/// surroundings never read.
/// </summary>
public sealed class WorkspaceFolders
{
    private readonly IReadOnlyList<string> _folders;

    public WorkspaceFolders(IEnumerable<string> folders) =>
        _folders = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct().ToList();

    public static WorkspaceFolders From(InitializeParams request)
    {
        var folders = (request.WorkspaceFolders ?? []).Select(f => DocumentUris.ToPath(f.Uri)).OfType<string>().ToList();
        if (folders.Count == 0 && (DocumentUris.ToPath(request.RootUri) ?? request.RootPath) is { Length: > 0 } root) folders.Add(root);
        return new WorkspaceFolders(folders.Where(f => Path.IsPathRooted(f)));
    }

    public IReadOnlyList<string> All => _folders;

    /// <summary>The first folder, as the server has always used for rule pages and the workspace's <c>seeds/</c>.</summary>
    public string? Primary => _folders.Count > 0 ? _folders[0] : null;

    /// <summary>The innermost workspace folder holding this path, or null when it lies outside all of them.</summary>
    public string? RootOf(string path) =>
        _folders.Where(folder => DocumentUris.IsUnder(path, folder)).OrderByDescending(folder => folder.Length).FirstOrDefault();
}
