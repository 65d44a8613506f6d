namespace OpenGovLint.Server.Protocol.Types;

public sealed class InitializeResult
{
    public required ServerCapabilities Capabilities { get; set; }

    public ServerInfo? ServerInfo { get; set; }
}
