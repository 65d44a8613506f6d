namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeActionClientCapabilities
{
    public bool? DynamicRegistration { get; set; }

    public bool? IsPreferredSupport { get; set; }

    public bool? DataSupport { get; set; }
}
