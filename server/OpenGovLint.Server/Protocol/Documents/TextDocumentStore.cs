using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Protocol.Documents;

/// <summary>
/// The documents the client has open, keyed by URI exactly as the client spells it. Thread-safe:
/// changes arrive in order on the notification loop while requests read snapshots concurrently.
/// </summary>
public sealed class TextDocumentStore
{
    private readonly ConcurrentDictionary<string, TextDocument> _documents = new(StringComparer.Ordinal);
    private readonly ILogger _logger;

    public TextDocumentStore(ILogger<TextDocumentStore>? logger = null)
    {
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Raised after a document was opened or changed, with the new snapshot.</summary>
    public event Action<TextDocument>? Changed;

    /// <summary>Raised after a document was closed, with its URI.</summary>
    public event Action<string>? Closed;

    public int Count => _documents.Count;

    /// <summary>Snapshots of all open documents.</summary>
    public IReadOnlyCollection<TextDocument> All => [.. _documents.Values];

    /// <summary>Opens (or reopens, replacing) a document.</summary>
    public TextDocument Open(TextDocumentItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var document = new TextDocument(item.Uri, item.LanguageId, item.Version, item.Text);
        _documents[item.Uri] = document;
        Changed?.Invoke(document);
        return document;
    }

    /// <summary>
    /// Applies a <c>didChange</c>. Returns null, after logging, when the document is not open: the
    /// client and server disagree, and guessing the text would make it worse.
    /// </summary>
    public TextDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        ArgumentNullException.ThrowIfNull(changes);
        while (true)
        {
            if (!_documents.TryGetValue(identifier.Uri, out var current))
            {
                _logger.LogWarning("Ignored a change to {Uri}, which is not open.", identifier.Uri);
                return null;
            }

            var updated = current.WithChanges(changes, identifier.Version);

            // Changes come from one loop, so this only retries if a close or reopen raced it.
            if (_documents.TryUpdate(identifier.Uri, updated, current))
            {
                Changed?.Invoke(updated);
                return updated;
            }
        }
    }

    /// <summary>Closes a document; false when it was not open.</summary>
    public bool Close(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!_documents.TryRemove(uri, out _))
        {
            _logger.LogDebug("Ignored a close of {Uri}, which is not open.", uri);
            return false;
        }

        Closed?.Invoke(uri);
        return true;
    }

    public bool TryGet(string uri, out TextDocument document) =>
        _documents.TryGetValue(uri, out document!);
}
