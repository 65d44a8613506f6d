using System.Globalization;
using System.Text;

namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>
/// Writes base-protocol frames. Responses, notifications and log messages are sent from many
/// threads at once; the semaphore keeps each header+body pair contiguous on the wire.
/// </summary>
public sealed class MessageWriter : IDisposable
{
    private readonly Stream _stream;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public MessageWriter(Stream stream)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
    }

    /// <summary>Writes one frame whose body is the given UTF-8 JSON, then flushes.</summary>
    public async Task WriteFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        // The header is ASCII; Content-Length counts bytes of the UTF-8 body, not characters.
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(header, CancellationToken.None).ConfigureAwait(false);
            await _stream.WriteAsync(body, CancellationToken.None).ConfigureAwait(false);
            await _stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Writes raw bytes as they are (used to test how peers cope with broken frames).</summary>
    public async Task WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(bytes, CancellationToken.None).ConfigureAwait(false);
            await _stream.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
