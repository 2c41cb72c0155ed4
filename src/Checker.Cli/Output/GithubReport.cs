using Checker.Core.Diagnostics;
using Checker.Workspace;

namespace Checker.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error</c>/<c>::warning</c>/<c>::notice</c> line per finding, which the
/// runner turns into an annotation on the file and line of the pull request. Evidence goes into the message body.
/// </summary>
public static class GithubReport
{
    public static void Write(TextWriter writer, IReadOnlyList<CheckedFile> files, Func<CheckedFile, Severity> minimumFor)
    {
        var shown = 0;
        foreach (var file in files)
        {
            var lines = file.Result.Document.Lines;
            foreach (var d in file.Result.Diagnostics.Where(d => d.Severity <= minimumFor(file)))
            {
                shown++;
                var (start, end) = lines.GetRange(d.Span);
                var message = d.Message + string.Concat(d.Evidence.Select(e => $"\nevidence: {e.Source.Outlet}, {e.Source.Date:yyyy-MM-dd} ({e.Source.Path}): \"{e.Text}\""))
                              + string.Concat(d.Fixes.Where(f => f.IsPreferred).Take(1).Select(f => $"\nfix: {f.Title}"));
                writer.WriteLine(Command(Level(d.Severity), file.Path.Replace('\\', '/'), start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1,
                    $"{d.Id} {d.Rule.Title}", message));
            }
        }
        writer.WriteLine($"checker: {shown} finding{(shown == 1 ? "" : "s")} in {files.Count} file{(files.Count == 1 ? "" : "s")}");
    }

    /// <summary>One workflow command. Columns are one-based, in UTF-16 code units like the rest of the tool.</summary>
    public static string Command(string level, string file, int line, int col, int endLine, int endColumn, string title, string message)
    {
        var location = $"file={Property(file)},line={line},col={col}";
        // GitHub ignores a column range that spans lines.
        location += endLine == line ? $",endColumn={endColumn}" : $",endLine={endLine}";
        return $"::{level} {location},title={Property(title)}::{Data(message)}";
    }

    public static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };

    // The escapes the Actions runner decodes (see @actions/core's command.ts).
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");
    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
