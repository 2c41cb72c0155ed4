namespace Checker.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>One edit of <c>didChange</c>: a range and its replacement, or (no range) the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);
