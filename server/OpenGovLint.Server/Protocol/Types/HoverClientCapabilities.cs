namespace OpenGovLint.Server.Protocol.Types;

public sealed class HoverClientCapabilities
{
    /// <summary>The markup kinds the client renders, preferred first.</summary>
    public IReadOnlyList<string>? ContentFormat { get; set; }
}
