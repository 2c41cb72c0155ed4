using Checker.Core.Matching;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Protocol;
using Checker.LanguageServer.Rpc;
using StreamJsonRpc;

namespace Checker.LanguageServer.Features;

/// <summary>
/// <c>checker.showFacts</c>: writes the facts report of a claim to a Markdown file in the cache folder and asks the
/// editor to open it (or shows it as a message when the editor cannot open documents). Returns the report.
/// </summary>
public sealed class ShowFactsCommand(ClientConnection client, ServerLog log, string cacheDirectory)
{
    public async Task<string> RunAsync(Judgement judgement)
    {
        var report = FactsReport.Render(judgement);
        try
        {
            var folder = Path.Combine(cacheDirectory, "facts");
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, string.Concat(judgement.Claim.Text.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')) + ".md");
            await File.WriteAllTextAsync(file, report);
            if (!await client.ShowDocumentAsync(new ShowDocumentParams(DocumentUris.FromPath(file), false, true, null)))
                await client.ShowMessageAsync(MessageType.Info, report);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or RemoteInvocationException)
        {
            await log.WarningAsync($"could not show the facts: {ex.Message}");
        }
        return report;
    }
}
