namespace OpenGovLint.Server.Protocol.Types;

/// <summary>The position encodings of LSP 3.17.</summary>
public static class PositionEncodingKind
{
    public const string Utf8 = "utf-8";
    public const string Utf16 = "utf-16";
    public const string Utf32 = "utf-32";
}
