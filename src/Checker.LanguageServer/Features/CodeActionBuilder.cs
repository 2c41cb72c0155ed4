using Checker.Core.Diagnostics;
using Checker.Core.Suppressions;
using Checker.Core.Text;
using Checker.LanguageServer.Checking;
using Checker.LanguageServer.Documents;
using Checker.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Features;

/// <summary>
/// Code actions on a span of a checked draft: each rule's fixes as quick fixes, "Ignore this claim" (a
/// <c>checker-ignore</c> comment tied to the evidence, on the line above), "Ignore FCxxxx on this line" (a
/// <c>checker-disable-next-line</c> comment), and "Show facts for this claim" (a server command).
/// </summary>
public sealed class CodeActionBuilder(DiagnosticConverter converter)
{
    public const string ShowFactsCommand = "checker.showFacts";

    /// <summary>The suppression comment the configuration feature honours: it silences the rule for the next line only.</summary>
    public static string SuppressionComment(string ruleId) => $"<!-- checker-disable-next-line {ruleId} -->";

    public IReadOnlyList<CodeAction> Build(AnalysedDraft draft, TextSpan span, IReadOnlyList<string>? only)
    {
        var lines = draft.Result.Document.Lines;
        var uri = draft.Document.Uri;
        var actions = new List<CodeAction>();
        foreach (var diagnostic in draft.DiagnosticsIn(span))
        {
            if (diagnostic.Category == Category.Tool) continue;
            var lsp = converter.Convert(diagnostic, lines, uri);
            // With one clear fix, it is the preferred one (VS Code applies it with "auto fix").
            var single = diagnostic.Fixes.Count == 1;
            foreach (var fix in diagnostic.Fixes)
                actions.Add(new CodeAction(fix.Title, CodeActionKind.QuickFix, [lsp], fix.IsPreferred || single ? true : null,
                    Edit(uri, fix.Edits.Select(e => new LspTextEdit(lines.ToRange(e.Span), e.NewText)))));
            // Tied to the evidence: the finding comes back when the sources or the claim change.
            actions.Add(new CodeAction($"Ignore this claim ({diagnostic.Id})", CodeActionKind.QuickFix, [lsp],
                Edit: Edit(uri, [IgnoreEdit(draft.Document.Text, lines, diagnostic, EvidenceFingerprint.Comment(diagnostic, draft.Document.Text))])));
            actions.Add(new CodeAction($"Ignore {diagnostic.Id} on this line", CodeActionKind.QuickFix, [lsp],
                Edit: Edit(uri, [IgnoreEdit(draft.Document.Text, lines, diagnostic, SuppressionComment(diagnostic.Id))])));
        }
        foreach (var judgement in draft.JudgementsIn(span).Take(1))
        {
            var start = lines.ToRange(judgement.Claim.Span).Start;
            actions.Add(new CodeAction($"Show facts for \u201c{judgement.Claim.Text}\u201d", null,
                Command: new Command("Show facts for this claim", ShowFactsCommand, new JArray(uri, start.Line, start.Character))));
        }
        return only is { Count: > 0 } ? actions.Where(a => only.Any(k => (a.Kind ?? "").StartsWith(k, StringComparison.Ordinal))).ToList() : actions;
    }

    /// <summary>Inserts the suppression comment above the claim's line, indented like it so list items stay intact.</summary>
    private static LspTextEdit IgnoreEdit(string text, LineMap lines, Diagnostic diagnostic, string comment)
    {
        var line = lines.GetPosition(diagnostic.Span.Start).Line;
        var lineStart = lines.GetOffset(new LinePosition(line, 0));
        var indent = 0;
        while (lineStart + indent < text.Length && text[lineStart + indent] is ' ' or '\t') indent++;
        var at = new Position(line, 0);
        return new LspTextEdit(new Protocol.Range(at, at), text.Substring(lineStart, indent) + comment + "\n");
    }

    private static WorkspaceEdit Edit(string uri, IEnumerable<LspTextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<LspTextEdit>> { [uri] = edits.ToList() });
}
