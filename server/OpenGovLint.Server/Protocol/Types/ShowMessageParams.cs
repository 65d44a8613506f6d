namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>window/showMessage</c>: a message the client shows to the user.</summary>
public sealed class ShowMessageParams
{
    public required MessageType Type { get; set; }

    public required string Message { get; set; }
}
