using System.Text;

namespace OpenGovLint.Server.Protocol.JsonRpc;

/// <summary>
/// Reads base-protocol frames (<c>Content-Length: N\r\n\r\n</c> followed by N bytes of UTF-8 JSON)
/// from a stream. A malformed header block is reported as a <see cref="MessageFrame.Malformed"/>
/// frame instead of an exception, and the reader then resynchronises on the next
/// <c>Content-</c> header it finds, so one bad frame does not end the connection.
/// </summary>
public sealed class MessageReader
{
    /// <summary>Upper bound on one body; a client that announces more is broken, not busy.</summary>
    public const int MaxContentLength = 256 * 1024 * 1024;

    private const int MaxHeaderLineLength = 8 * 1024;
    private static readonly byte[] HeaderPrefix = "content-"u8.ToArray();

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _resynchronise;

    public MessageReader(Stream stream)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
    }

    /// <summary>
    /// Reads the next frame. Returns null at the end of the stream (including a stream that ends
    /// in the middle of a frame: the peer is gone, there is nobody left to answer).
    /// </summary>
    public async ValueTask<MessageFrame?> ReadFrameAsync(CancellationToken cancellationToken = default)
    {
        if (_resynchronise)
        {
            if (!await SkipToNextHeaderAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            _resynchronise = false;
        }

        int? contentLength = null;
        string? error = null;
        var sawAnyLine = false;
        while (true)
        {
            var line = await ReadHeaderLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                if (!sawAnyLine)
                {
                    // Stray blank lines between frames are harmless; skip them.
                    continue;
                }

                break;
            }

            sawAnyLine = true;
            if (error is not null)
            {
                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                error = $"Malformed header line '{Truncate(line)}'.";
                continue;
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line.AsSpan(colon + 1).Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length)
                    || length > MaxContentLength)
                {
                    error = $"Invalid Content-Length '{Truncate(value.ToString())}'.";
                    continue;
                }

                contentLength = length;
            }

            // Content-Type (and any other header) is tolerated and ignored: the body is always UTF-8 JSON.
        }

        error ??= contentLength is null ? "Missing Content-Length header." : null;
        if (error is not null)
        {
            // We cannot know where the body (if any) ends, so look for the next header instead.
            _resynchronise = true;
            return MessageFrame.Malformed(error);
        }

        var body = new byte[contentLength!.Value];
        if (!await ReadExactAsync(body, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return MessageFrame.FromBody(body);
    }

    /// <summary>Reads one ASCII header line ending in <c>\r\n</c> (a bare <c>\n</c> is accepted too).</summary>
    private async ValueTask<string?> ReadHeaderLineAsync(CancellationToken cancellationToken)
    {
        StringBuilder? longLine = null;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var end = newline > _start && _buffer[newline - 1] == (byte)'\r' ? newline - 1 : newline;
                var part = Encoding.Latin1.GetString(_buffer, _start, end - _start);
                _start = newline + 1;
                if (longLine is null)
                {
                    return part;
                }

                longLine.Append(part);
                return longLine.Length > MaxHeaderLineLength ? longLine.ToString(0, MaxHeaderLineLength) : longLine.ToString();
            }

            if (_end - _start > 0)
            {
                // Keep at most a bounded prefix of an over-long line; it is malformed anyway.
                longLine ??= new StringBuilder();
                if (longLine.Length <= MaxHeaderLineLength)
                {
                    longLine.Append(Encoding.Latin1.GetString(_buffer, _start, _end - _start));
                }

                // A trailing '\r' may belong to the "\r\n" that the next read completes; keep the
                // text as read and strip it once the '\n' arrives.
                _start = _end;
            }

            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            if (longLine is not null && longLine.Length > 0 && longLine[^1] == '\r' && _buffer[_start] == (byte)'\n')
            {
                longLine.Length--;
            }
        }
    }

    private async ValueTask<bool> ReadExactAsync(byte[] destination, CancellationToken cancellationToken)
    {
        var written = 0;
        var buffered = Math.Min(_end - _start, destination.Length);
        _buffer.AsSpan(_start, buffered).CopyTo(destination);
        _start += buffered;
        written += buffered;
        while (written < destination.Length)
        {
            var read = await _stream.ReadAsync(destination.AsMemory(written), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return false;
            }

            written += read;
        }

        return true;
    }

    /// <summary>Discards bytes up to the next case-insensitive <c>Content-</c>; false at end of stream.</summary>
    private async ValueTask<bool> SkipToNextHeaderAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var span = _buffer.AsSpan(_start, _end - _start);
            for (var i = 0; i + HeaderPrefix.Length <= span.Length; i++)
            {
                if (Ascii.EqualsIgnoreCase(span.Slice(i, HeaderPrefix.Length), HeaderPrefix))
                {
                    _start += i;
                    return true;
                }
            }

            // Keep a tail that may be the start of a prefix split across reads.
            var keep = Math.Min(span.Length, HeaderPrefix.Length - 1);
            _start = _end - keep;
            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }
    }

    /// <summary>Reads more bytes into the buffer, compacting it first; false at end of stream.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            return false;
        }

        _end += read;
        return true;
    }

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
