namespace OpenGovLint.Server.Protocol.Types;

public sealed class SaveOptions
{
    public bool? IncludeText { get; set; }
}
