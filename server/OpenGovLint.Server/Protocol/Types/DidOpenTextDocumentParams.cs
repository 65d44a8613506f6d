namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidOpenTextDocumentParams
{
    public required TextDocumentItem TextDocument { get; set; }
}
