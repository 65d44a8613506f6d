using System.Text.Json;

namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeAction
{
    public required string Title { get; set; }

    public string? Kind { get; set; }

    public IReadOnlyList<Diagnostic>? Diagnostics { get; set; }

    public bool? IsPreferred { get; set; }

    public WorkspaceEdit? Edit { get; set; }

    public Command? Command { get; set; }

    /// <summary>Kept by the client between <c>textDocument/codeAction</c> and <c>codeAction/resolve</c>.</summary>
    public JsonElement? Data { get; set; }
}
