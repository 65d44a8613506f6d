namespace OpenGovLint.Server.Protocol.Types;

public sealed class HoverParams : TextDocumentPositionParams
{
}
