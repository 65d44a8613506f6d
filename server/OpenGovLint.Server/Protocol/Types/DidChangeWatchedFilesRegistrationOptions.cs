namespace OpenGovLint.Server.Protocol.Types;

public sealed class DidChangeWatchedFilesRegistrationOptions
{
    public required IReadOnlyList<FileSystemWatcher> Watchers { get; set; }
}
