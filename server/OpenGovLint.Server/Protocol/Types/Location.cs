namespace OpenGovLint.Server.Protocol.Types;

/// <summary>A range inside a resource.</summary>
public sealed class Location
{
    public required string Uri { get; set; }

    public required Range Range { get; set; }
}
