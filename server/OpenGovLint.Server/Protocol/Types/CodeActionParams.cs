namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeActionParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }

    public required Range Range { get; set; }

    public required CodeActionContext Context { get; set; }
}
