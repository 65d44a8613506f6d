namespace OpenGovLint.Server.Protocol.Types;

public sealed class WorkspaceClientCapabilities
{
    public bool? ApplyEdit { get; set; }

    /// <summary>Whether the client answers <c>workspace/configuration</c>.</summary>
    public bool? Configuration { get; set; }

    public bool? WorkspaceFolders { get; set; }

    public DynamicRegistrationCapabilities? DidChangeConfiguration { get; set; }

    public DidChangeWatchedFilesClientCapabilities? DidChangeWatchedFiles { get; set; }

    public DynamicRegistrationCapabilities? ExecuteCommand { get; set; }

    public DiagnosticWorkspaceClientCapabilities? Diagnostics { get; set; }
}
