namespace OpenGovLint.Server.Protocol.Types;

/// <summary>
/// The subset of the client's capabilities this server looks at. Unknown members are ignored,
/// so a client that sends more (they all do) deserialises fine.
/// </summary>
public sealed class ClientCapabilities
{
    public WorkspaceClientCapabilities? Workspace { get; set; }

    public TextDocumentClientCapabilities? TextDocument { get; set; }

    public WindowClientCapabilities? Window { get; set; }

    public GeneralClientCapabilities? General { get; set; }
}
