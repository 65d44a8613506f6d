namespace OpenGovLint.Server.Protocol.Types;

public sealed class TextDocumentClientCapabilities
{
    public TextDocumentSyncClientCapabilities? Synchronization { get; set; }

    public PublishDiagnosticsClientCapabilities? PublishDiagnostics { get; set; }

    /// <summary>Present when the client can pull diagnostics (<c>textDocument/diagnostic</c>).</summary>
    public DiagnosticClientCapabilities? Diagnostic { get; set; }

    public CodeActionClientCapabilities? CodeAction { get; set; }

    public HoverClientCapabilities? Hover { get; set; }
}
