using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Protocol;

// LSP's basic structures, named and shaped as the specification has them. Property names are camel-cased on the wire.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record Location(string Uri, Range Range);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record LspTextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<LspTextEdit>> Changes);

// "command" is the wire name; a C# record cannot have a member named after its own type.
public sealed record Command(string Title, [property: Newtonsoft.Json.JsonProperty("command")] string Name, JArray? Arguments);

public sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}

public static class MessageType
{
    public const int Error = 1, Warning = 2, Info = 3, Log = 4;
}

public sealed record LogMessageParams(int Type, string Message);

public sealed record ShowMessageParams(int Type, string Message);

public sealed record ShowDocumentParams(string Uri, bool External, bool TakeFocus, Range? Selection);
