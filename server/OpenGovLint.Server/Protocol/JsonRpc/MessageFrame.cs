namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>
/// One frame read from the wire: either the UTF-8 JSON body that a valid
/// <c>Content-Length</c> header announced, or the reason the header was rejected.
/// </summary>
public readonly struct MessageFrame
{
    private MessageFrame(ReadOnlyMemory<byte> body, string? headerError)
    {
        Body = body;
        HeaderError = headerError;
    }

    /// <summary>The body bytes (UTF-8 JSON, not yet parsed). Empty when <see cref="HeaderError"/> is set.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Why the header block was rejected, or null for a well-formed frame.</summary>
    public string? HeaderError { get; }

    public bool IsMalformed => HeaderError is not null;

    public static MessageFrame FromBody(ReadOnlyMemory<byte> body) => new(body, null);

    public static MessageFrame Malformed(string reason) => new(ReadOnlyMemory<byte>.Empty, reason);
}
