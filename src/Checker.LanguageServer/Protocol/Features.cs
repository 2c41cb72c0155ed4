namespace Checker.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic>? Diagnostics, IReadOnlyList<string>? Only);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext? Context);

public static class CodeActionKind
{
    public const string QuickFix = "quickfix";
    public const string Empty = "";
}

public sealed record CodeAction(
    string Title,
    string? Kind,
    IReadOnlyList<LspDiagnostic>? Diagnostics = null,
    bool? IsPreferred = null,
    WorkspaceEdit? Edit = null,
    Command? Command = null);

/// <summary>Checker's own notification (<c>checker/claimCounts</c>): how many claims of the draft got each verdict.</summary>
public sealed record ClaimCountsParams(string Uri, int Version, int Supported, int Refuted, int Stale, int Unsupported, int Qualifier, int Internal);
