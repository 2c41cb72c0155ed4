using Newtonsoft.Json.Linq;

namespace Checker.LanguageServer.Protocol;

public sealed record WorkspaceFolder(string Uri, string Name);

/// <summary>The parts of <c>initialize</c>'s params the server reads; capabilities stay raw JSON and are probed by path.</summary>
public sealed record InitializeParams(
    string? RootUri,
    string? RootPath,
    IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
    JToken? Capabilities,
    JToken? InitializationOptions);

public sealed record ServerInfo(string Name, string Version);

public sealed record InitializeResult(JObject Capabilities, ServerInfo ServerInfo);

public sealed record DidChangeConfigurationParams(JToken? Settings);

public sealed record ConfigurationItem(string Section, string? ScopeUri = null);

public sealed record ConfigurationParams(IReadOnlyList<ConfigurationItem> Items);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

public sealed record Registration(string Id, string Method, JToken? RegisterOptions);

public sealed record RegistrationParams(IReadOnlyList<Registration> Registrations);

public sealed record ExecuteCommandParams(string Command, JArray? Arguments);
