namespace OpenGovLint.Server.Protocol.Types;

[Flags]
public enum WatchKind
{
    Create = 1,
    Change = 2,
    Delete = 4,
}
