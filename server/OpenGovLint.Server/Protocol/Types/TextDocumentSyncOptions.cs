namespace OpenGovLint.Server.Protocol.Types;

public sealed class TextDocumentSyncOptions
{
    public bool? OpenClose { get; set; }

    public TextDocumentSyncKind? Change { get; set; }

    public SaveOptions? Save { get; set; }
}
