namespace OpenGovLint.Server.Protocol.Types;

public sealed class ExecuteCommandOptions
{
    public required IReadOnlyList<string> Commands { get; set; }
}
