namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeLensParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }
}
