namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A document and the version it has after the change that names it.</summary>
public sealed class VersionedTextDocumentIdentifier
{
    public required string Uri { get; set; }

    public required int Version { get; set; }
}
