using System.Collections.Concurrent;

namespace Checker.LanguageServer.Documents;

/// <summary>The drafts the editor has open, by URI. Only the latest version of each is kept.</summary>
public sealed class OpenDocuments
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);

    public void Set(OpenDocument document) => _documents[document.Uri] = document;

    public bool Remove(string uri) => _documents.TryRemove(uri, out _);

    public OpenDocument? Find(string uri) => _documents.TryGetValue(uri, out var document) ? document : null;

    /// <summary>Whether this exact version is still the one open (a close and reopen makes a new one).</summary>
    public bool IsCurrent(OpenDocument document) => ReferenceEquals(Find(document.Uri), document);

    public IReadOnlyList<OpenDocument> All => _documents.Values.ToList();
}
