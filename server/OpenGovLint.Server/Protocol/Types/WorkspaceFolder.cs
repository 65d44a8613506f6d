namespace OpenGovLint.Server.Protocol.Types;

public sealed class WorkspaceFolder
{
    public required string Uri { get; set; }

    public required string Name { get; set; }
}
