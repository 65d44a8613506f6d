namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>textDocument/diagnostic</c> (pull diagnostics).</summary>
public sealed class DocumentDiagnosticParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }

    public string? Identifier { get; set; }

    public string? PreviousResultId { get; set; }
}
