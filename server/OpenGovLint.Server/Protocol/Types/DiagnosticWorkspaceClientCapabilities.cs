namespace OpenGovLint.Server.Protocol.Types;

public sealed class DiagnosticWorkspaceClientCapabilities
{
    /// <summary>Whether the client pulls all open documents again on <c>workspace/diagnostic/refresh</c>.</summary>
    public bool? RefreshSupport { get; set; }
}
