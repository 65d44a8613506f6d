namespace OpenGovLint.Server.Protocol.Types;

/// <summary>Changes to many documents; only the <c>changes</c> form (URI to edits) is used.</summary>
public sealed class WorkspaceEdit
{
    public IReadOnlyDictionary<string, IReadOnlyList<TextEdit>>? Changes { get; set; }
}
