namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeActionOptions
{
    public IReadOnlyList<string>? CodeActionKinds { get; set; }

    public bool? ResolveProvider { get; set; }
}
