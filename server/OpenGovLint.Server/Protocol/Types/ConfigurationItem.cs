namespace OpenGovLint.Server.Protocol.Types;

public sealed class ConfigurationItem
{
    public string? ScopeUri { get; set; }

    public string? Section { get; set; }
}
