namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeLensOptions
{
    public bool? ResolveProvider { get; set; }
}
