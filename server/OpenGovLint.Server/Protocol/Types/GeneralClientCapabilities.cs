namespace OpenGovLint.Server.Protocol.Types;

public sealed class GeneralClientCapabilities
{
    /// <summary>The position encodings the client supports; UTF-16 is always supported.</summary>
    public IReadOnlyList<string>? PositionEncodings { get; set; }
}
