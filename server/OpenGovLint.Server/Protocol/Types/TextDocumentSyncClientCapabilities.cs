namespace OpenGovLint.Server.Protocol.Types;

public sealed class TextDocumentSyncClientCapabilities
{
    public bool? DynamicRegistration { get; set; }

    public bool? WillSave { get; set; }

    public bool? DidSave { get; set; }
}
