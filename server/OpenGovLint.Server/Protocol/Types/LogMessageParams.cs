namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>window/logMessage</c>: a line in the client's output channel.</summary>
public sealed class LogMessageParams
{
    public required MessageType Type { get; set; }

    public required string Message { get; set; }
}
