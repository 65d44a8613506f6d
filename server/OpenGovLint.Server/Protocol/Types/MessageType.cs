namespace OpenGovLint.Server.Protocol.Types;

public enum MessageType
{
    Error = 1,
    Warning = 2,
    Info = 3,
    Log = 4,
}
