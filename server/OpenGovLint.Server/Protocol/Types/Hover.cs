namespace OpenGovLint.Server.Protocol.Types;

public sealed class Hover
{
    public required MarkupContent Contents { get; set; }

    public Range? Range { get; set; }
}
