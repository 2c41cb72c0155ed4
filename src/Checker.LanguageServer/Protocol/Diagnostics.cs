using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Protocol;

public static class DiagnosticSeverity
{
    public const int Error = 1, Warning = 2, Information = 3, Hint = 4;
}

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record LspDiagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription? CodeDescription,
    string Source,
    string Message,
    IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation,
    JToken? Data = null);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A pull-diagnostics answer: always the full list (kind "full").</summary>
public sealed record FullDocumentDiagnosticReport(IReadOnlyList<LspDiagnostic> Items, string? ResultId)
{
    public string Kind => "full";
}
