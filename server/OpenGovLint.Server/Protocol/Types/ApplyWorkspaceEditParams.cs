namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>workspace/applyEdit</c>, a request from the server to the client.</summary>
public sealed class ApplyWorkspaceEditParams
{
    public string? Label { get; set; }

    public required WorkspaceEdit Edit { get; set; }
}
