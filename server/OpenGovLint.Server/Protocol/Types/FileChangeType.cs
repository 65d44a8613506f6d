namespace OpenGovLint.Server.Protocol.Types;

public enum FileChangeType
{
    Created = 1,
    Changed = 2,
    Deleted = 3,
}
