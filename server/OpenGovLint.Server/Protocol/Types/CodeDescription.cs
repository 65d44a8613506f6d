namespace OpenGovLint.Server.Protocol.Types;

/// <summary>Where to read more about a diagnostic's code.</summary>
public sealed class CodeDescription
{
    public required string Href { get; set; }
}
