using Checker.Core.Diagnostics;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Features;
using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Rpc;
using Checker.Workspace.Configuration;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// Publishes the problems of each <c>checker.json</c> on the file itself, as FC9004 at their line and column, and clears
/// a file's diagnostics once it reads cleanly again or is deleted.
/// </summary>
public sealed class ConfigProblemReporter(ClientConnection client, DiagnosticConverter converter)
{
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Report(LoadedConfig loaded)
    {
        var byFile = loaded.Problems.GroupBy(p => Path.GetFullPath(p.File)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var file in loaded.Config.Files.Select(Path.GetFullPath)) byFile.TryAdd(file, []);
        foreach (var (file, found) in byFile) Publish(file, found);
    }

    /// <summary>
    /// Watched <c>checker.json</c> files changed: each one showing problems is read again on its own, or cleared if it is
    /// gone. Checking drafts only reads the files above them that exist, so without this a deleted file would keep its
    /// FC9004s forever, and a repaired one until a draft below it was checked again. Only files already reported are read.
    /// </summary>
    public void FilesChanged(IEnumerable<string> paths)
    {
        var changed = paths.Select(Path.GetFullPath).ToHashSet(StringComparer.Ordinal);
        List<string> shown;
        lock (_gate) shown = _published.Where(p => p.Value.Length > 0).Select(p => p.Key).ToList();
        foreach (var file in shown.Where(file => changed.Contains(file) || !File.Exists(file)))
        {
            IReadOnlyList<ConfigProblem> found = [];
            try
            {
                if (File.Exists(file)) found = ConfigDiscovery.FromFile(file).Problems.Where(p => Path.GetFullPath(p.File) == file).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Workspace.InputException)
            {
                // Deleted or unreadable between the check and the read: nothing to show on it.
            }
            Publish(file, found);
        }
    }

    private void Publish(string file, IReadOnlyList<ConfigProblem> found)
    {
        var key = string.Join("\n", found.Select(p => p.ToString()));
        lock (_gate)
        {
            // A file never reported and still clean needs no (empty) report.
            if (_published.TryGetValue(file, out var last) ? last == key : found.Count == 0) return;
            _published[file] = key;
        }
        _ = client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(DocumentUris.FromPath(file), null, found.Select(ToLsp).ToList()));
    }

    private LspDiagnostic ToLsp(ConfigProblem problem)
    {
        var at = new Position(Math.Max(0, problem.Line - 1), Math.Max(0, problem.Column - 1));
        return new LspDiagnostic(new Protocol.Range(at, at), DiagnosticSeverity.Error, ConfigProblem.Code,
            converter.PageOf(ToolDiagnostics.BadConfiguration), DiagnosticConverter.Source, problem.Message, null);
    }
}
