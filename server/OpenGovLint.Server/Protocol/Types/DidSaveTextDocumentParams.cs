namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidSaveTextDocumentParams
{
    public required TextDocumentIdentifier TextDocument { get; set; }

    /// <summary>The saved content, when the server asked for it with <c>includeText</c>.</summary>
    public string? Text { get; set; }
}
