namespace OpenGovLint.Server.Protocol.Types;

/// <summary>
/// One change to a document: with a <see cref="Range"/> it replaces that range, without one
/// <see cref="Text"/> is the whole new content.
/// </summary>
public sealed class TextDocumentContentChangeEvent
{
    public Range? Range { get; set; }

    /// <summary>Deprecated by the specification; read but not relied upon.</summary>
    public int? RangeLength { get; set; }

    public required string Text { get; set; }
}
