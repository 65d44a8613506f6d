namespace OpenGovLint.Server.Protocol.Types;

public sealed class ClientInfo
{
    public required string Name { get; set; }

    public string? Version { get; set; }
}
