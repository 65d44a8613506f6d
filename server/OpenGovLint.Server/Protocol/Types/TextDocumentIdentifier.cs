namespace OpenGovLint.Server.Protocol.Types;

public sealed class TextDocumentIdentifier
{
    public required string Uri { get; set; }
}
