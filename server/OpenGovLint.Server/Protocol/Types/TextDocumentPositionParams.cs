namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A position in a document, the parameters of position-based requests.</summary>
public class TextDocumentPositionParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }

    public required Position Position { get; set; }
}
