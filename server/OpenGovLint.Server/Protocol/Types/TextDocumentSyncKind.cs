namespace OpenGovLint.Server.Protocol.Types;

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}
