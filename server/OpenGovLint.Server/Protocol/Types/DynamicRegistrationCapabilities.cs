namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The common shape of capabilities that only say whether dynamic registration works.</summary>
public sealed class DynamicRegistrationCapabilities
{
    public bool? DynamicRegistration { get; set; }
}
