namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidChangeWatchedFilesParams
{
    public required IReadOnlyList<FileEvent> Changes { get; set; }
}
