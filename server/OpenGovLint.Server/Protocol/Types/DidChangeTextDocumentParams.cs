namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The content changes are applied in order, each to the text the previous one produced.</summary>
public sealed class DidChangeTextDocumentParams
{
    public required VersionedTextDocumentIdentifier TextDocument { get; set; }

    public required IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges { get; set; }
}
