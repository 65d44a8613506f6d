namespace OpenGovLint.Server.Protocol.Types;

public sealed class DiagnosticClientCapabilities
{
    public bool? DynamicRegistration { get; set; }

    public bool? RelatedDocumentSupport { get; set; }
}
