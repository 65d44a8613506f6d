namespace OpenGovLint.Server.Protocol.Types;

public sealed class ApplyWorkspaceEditResult
{
    public bool Applied { get; set; }

    public string? FailureReason { get; set; }
}
