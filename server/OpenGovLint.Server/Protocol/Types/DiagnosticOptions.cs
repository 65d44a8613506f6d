namespace OpenGovLint.Server.Protocol.Types;

/// <summary>Pull-diagnostics options (<c>textDocument/diagnostic</c>).</summary>
public sealed class DiagnosticOptions
{
    public string? Identifier { get; set; }

    public bool InterFileDependencies { get; set; }

    public bool WorkspaceDiagnostics { get; set; }
}
