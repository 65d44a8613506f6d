namespace OpenGovLint.Server.Protocol.Types;

public enum DiagnosticTag
{
    Unnecessary = 1,
    Deprecated = 2,
}
