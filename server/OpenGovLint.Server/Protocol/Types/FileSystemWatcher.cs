namespace OpenGovLint.Server.Protocol.Types;

public sealed class FileSystemWatcher
{
    /// <summary>A glob pattern such as <c>**/*.md</c>.</summary>
    public required string GlobPattern { get; set; }

    /// <summary>A bit set of <see cref="WatchKind"/>; all kinds when null.</summary>
    public WatchKind? Kind { get; set; }
}
