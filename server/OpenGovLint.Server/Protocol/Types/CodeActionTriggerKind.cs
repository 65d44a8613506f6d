namespace OpenGovLint.Server.Protocol.Types;

public enum CodeActionTriggerKind
{
    Invoked = 1,
    Automatic = 2,
}
