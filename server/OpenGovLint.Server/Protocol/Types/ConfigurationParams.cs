namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The parameters of <c>workspace/configuration</c>; the answer holds one value per item, in order.</summary>
public sealed class ConfigurationParams
{
    public required IReadOnlyList<ConfigurationItem> Items { get; set; }
}
