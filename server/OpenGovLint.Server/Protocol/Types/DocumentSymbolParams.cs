namespace OpenGovLint.Server.Protocol.Types;

public sealed class DocumentSymbolParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }
}
