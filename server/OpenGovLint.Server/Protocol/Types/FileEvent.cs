namespace OpenGovLint.Server.Protocol.Types;

public sealed class FileEvent
{
    public required string Uri { get; set; }

    public required FileChangeType Type { get; set; }
}
