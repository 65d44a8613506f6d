namespace OpenGovLint.Server.Protocol.Types;

public sealed class CodeActionContext
{
    /// <summary>The diagnostics the client shows at the range, which may include other tools'.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; set; }

    public IReadOnlyList<string>? Only { get; set; }

    public CodeActionTriggerKind? TriggerKind { get; set; }
}
