using System.Text;

namespace Checker.Workspace;

/// <summary>Finds and reads the drafts a command names: files, or folders searched for Markdown.</summary>
public static class DraftFiles
{
    private static readonly string[] Extensions = [".md", ".markdown"];

    /// <summary>
    /// The largest draft read: a check runs at about 1-2 MB/s and holds the whole document with its claims, so a file
    /// far past any article (a 50 MB log or dump) is refused at once with a message rather than taking minutes.
    /// </summary>
    public const long MaxDraftBytes = 16L * 1024 * 1024;

    /// <summary>Expands paths into Markdown files, in a stable order. A missing path is an input error.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "node_modules" or ".git"))
                    .OrderBy(f => f, StringComparer.Ordinal));
            }
            else throw new InputException("FC9000", path, 1, 1, "no such file or folder");
        }
        return files;
    }

    /// <summary>
    /// Reads a draft as text. Invalid UTF-8 is replaced, not fatal; a file with NUL bytes is not text and is an input
    /// error naming the first one's position.
    /// </summary>
    public static string Read(string path)
    {
        byte[] bytes;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxDraftBytes)
                throw new InputException("FC9000", path, 1, 1,
                    $"the file is {size / (1024.0 * 1024.0):F1} MB; drafts larger than {MaxDraftBytes / (1024 * 1024)} MB are not checked (split it)");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException("FC9000", path, 1, 1, $"cannot read: {ex.Message}");
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var line = 1 + bytes.AsSpan(0, nul).Count((byte)'\n');
            var column = nul - bytes.AsSpan(0, nul).LastIndexOf((byte)'\n');
            throw new InputException("FC9000", path, line, column, "not a text file (NUL byte)");
        }
        var text = new UTF8Encoding(false, false).GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }
}
