namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A document as the client opened it: its full text and first version.</summary>
public sealed class TextDocumentItem
{
    public required string Uri { get; set; }

    public required string LanguageId { get; set; }

    public required int Version { get; set; }

    public required string Text { get; set; }
}
