namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>textDocument/publishDiagnostics</c>: the complete set for one document.</summary>
public sealed class PublishDiagnosticsParams
{
    public required string Uri { get; set; }

    /// <summary>The document version the diagnostics were computed for.</summary>
    public int? Version { get; set; }

    public required IReadOnlyList<Diagnostic> Diagnostics { get; set; }
}
