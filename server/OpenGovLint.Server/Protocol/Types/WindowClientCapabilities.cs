namespace OpenGovLint.Server.Protocol.Types;

public sealed class WindowClientCapabilities
{
    public bool? WorkDoneProgress { get; set; }
}
