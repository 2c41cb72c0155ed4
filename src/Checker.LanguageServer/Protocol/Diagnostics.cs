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

/// <summary>
/// <see cref="PublishDiagnosticsParams"/> with the diagnostics already serialized (an array of raw JSON values written
/// by <c>Features/DiagnosticsJson</c>): the same members in the same order, so the same values on the wire.
/// </summary>
public sealed record SerializedPublishDiagnosticsParams(string Uri, int? Version, JArray Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A pull-diagnostics answer with every diagnostic (kind "full"); the items are raw JSON values.</summary>
public sealed record FullDocumentDiagnosticReport(JArray Items, string? ResultId)
{
    public string Kind => "full";
}

/// <summary>A pull-diagnostics answer saying the report the client holds (<paramref name="ResultId"/>) is still the right one.</summary>
public sealed record UnchangedDocumentDiagnosticReport(string ResultId)
{
    public string Kind => "unchanged";
}
