namespace OpenGovLint.Server.Protocol.Types;

public static class MarkupKind
{
    public const string PlainText = "plaintext";
    public const string Markdown = "markdown";
}
