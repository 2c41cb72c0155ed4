using Checker.Core.Diagnostics;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Features;
using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Rpc;
using Checker.Workspace.Configuration;

namespace Checker.LanguageServer.Checking;

/// <summary>
/// Publishes the problems of each <c>checker.json</c> on the file itself, as FC9004 at their line and column, and clears
/// a file's diagnostics once it reads cleanly again.
/// </summary>
public sealed class ConfigProblemReporter(ClientConnection client, DiagnosticConverter converter)
{
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Report(LoadedConfig loaded)
    {
        var byFile = loaded.Problems.GroupBy(p => Path.GetFullPath(p.File)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var file in loaded.Config.Files.Select(Path.GetFullPath)) byFile.TryAdd(file, []);
        foreach (var (file, found) in byFile)
        {
            var diagnostics = found.Select(ToLsp).ToList();
            var key = string.Join("\n", found.Select(p => p.ToString()));
            lock (_gate)
            {
                if (_published.TryGetValue(file, out var last) ? last == key : found.Count == 0) continue;
                _published[file] = key;
            }
            _ = client.PublishDiagnosticsAsync(new PublishDiagnosticsParams(DocumentUris.FromPath(file), null, diagnostics));
        }
    }

    private LspDiagnostic ToLsp(ConfigProblem problem)
    {
        var at = new Position(Math.Max(0, problem.Line - 1), Math.Max(0, problem.Column - 1));
        return new LspDiagnostic(new Protocol.Range(at, at), DiagnosticSeverity.Error, ConfigProblem.Code,
            converter.PageOf(ToolDiagnostics.BadConfiguration), DiagnosticConverter.Source, problem.Message, null);
    }
}
