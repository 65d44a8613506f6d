namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidCloseTextDocumentParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }
}
