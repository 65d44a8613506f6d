using OpenGovLint.Server.Protocol;
using OpenGovLint.Server.Protocol.Documents;
using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Handlers;

/// <summary>Keeps <see cref="TextDocumentStore"/> in step with the client's open documents (incremental sync).</summary>
public sealed class DocumentSyncHandlers : ILanguageFeature
{
    private readonly TextDocumentStore _documents;

    public DocumentSyncHandlers(TextDocumentStore documents)
    {
        _documents = documents;
    }

    public void Register(LspConnection connection)
    {
        connection.OnNotification<DidOpenTextDocumentParams>(LspMethods.TextDocumentDidOpen, (p, _) =>
        {
            _documents.Open(p.TextDocument);
            return Task.CompletedTask;
        });
        connection.OnNotification<DidChangeTextDocumentParams>(LspMethods.TextDocumentDidChange, (p, _) =>
        {
            _documents.Change(p.TextDocument, p.ContentChanges);
            return Task.CompletedTask;
        });
        connection.OnNotification<DidCloseTextDocumentParams>(LspMethods.TextDocumentDidClose, (p, _) =>
        {
            _documents.Close(p.TextDocument.Uri);
            return Task.CompletedTask;
        });

        // Registered so saves are not logged as unhandled; with incremental sync the store is already current.
        connection.OnNotification<DidSaveTextDocumentParams>(LspMethods.TextDocumentDidSave, (_, _) => Task.CompletedTask);
    }

    public void ContributeCapabilities(ServerCapabilities capabilities, ClientCapabilities client)
    {
        capabilities.TextDocumentSync = new TextDocumentSyncOptions
        {
            OpenClose = true,
            Change = TextDocumentSyncKind.Incremental,
            Save = new SaveOptions { IncludeText = false },
        };
    }
}
