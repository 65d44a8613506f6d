namespace OpenGovLint.Server.Protocol.Types;

public sealed class MarkupContent
{
    /// <summary>One of <see cref="MarkupKind"/>.</summary>
    public required string Kind { get; set; }

    public required string Value { get; set; }
}
