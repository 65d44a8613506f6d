namespace OpenGovLint.Server.Protocol.Types;

/// <summary>What the server offers. A null member is left out, which tells the client "not supported".</summary>
public sealed class ServerCapabilities
{
    /// <summary>Always "utf-16" here: the only encoding every client supports.</summary>
    public string? PositionEncoding { get; set; }

    public TextDocumentSyncOptions? TextDocumentSync { get; set; }

    public DiagnosticOptions? DiagnosticProvider { get; set; }

    public CodeActionOptions? CodeActionProvider { get; set; }

    public bool? HoverProvider { get; set; }

    public bool? DocumentSymbolProvider { get; set; }

    public CodeLensOptions? CodeLensProvider { get; set; }

    public ExecuteCommandOptions? ExecuteCommandProvider { get; set; }
}
