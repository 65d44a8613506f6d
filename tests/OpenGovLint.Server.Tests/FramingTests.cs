using System.Text;
using OpenGovLint.Server.Protocol.JsonRpc;

namespace OpenGovLint.Server.Tests;

public class FramingTests
{
    [Fact]
    public async Task Content_length_counts_utf8_bytes_of_chinese_text()
    {
        const string json = "{\"message\":\"政府信息公开工作年度报告 😀\"}";
        var output = new MemoryStream();
        using (var writer = new MessageWriter(output))
        {
            await writer.WriteFrameAsync(Encoding.UTF8.GetBytes(json));
        }

        var wire = Encoding.UTF8.GetString(output.ToArray());
        var byteCount = Encoding.UTF8.GetByteCount(json);
        Assert.NotEqual(json.Length, byteCount);
        Assert.StartsWith($"Content-Length: {byteCount}\r\n\r\n", wire, StringComparison.Ordinal);

        output.Position = 0;
        var frame = await new MessageReader(output).ReadFrameAsync();
        Assert.NotNull(frame);
        Assert.Equal(json, Encoding.UTF8.GetString(frame.Value.Body.Span));
    }

    [Fact]
    public async Task Reads_content_type_header_in_any_order_and_consecutive_frames()
    {
        var wire = "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: 2\r\n\r\n{}"
            + "content-length: 5\r\n\r\n[1,2]";
        var reader = new MessageReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));

        Assert.Equal("{}", Encoding.UTF8.GetString((await reader.ReadFrameAsync())!.Value.Body.Span));
        Assert.Equal("[1,2]", Encoding.UTF8.GetString((await reader.ReadFrameAsync())!.Value.Body.Span));
    }

    [Fact]
    public async Task Reads_frames_delivered_one_byte_at_a_time()
    {
        var body = "{\"text\":\"第一章 总体情况\"}";
        var wire = Encoding.UTF8.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
        var reader = new MessageReader(new TrickleStream(wire));

        var frame = await reader.ReadFrameAsync();

        Assert.Equal(body, Encoding.UTF8.GetString(frame!.Value.Body.Span));
        Assert.Null(await reader.ReadFrameAsync());
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n")]
    [InlineData("Content-Length: -5\r\n\r\n")]
    [InlineData("Content-Type: application/json\r\n\r\n")]
    [InlineData("garbage without a colon\r\n\r\n")]
    public async Task Malformed_header_is_reported_and_the_next_frame_is_still_read(string badHeader)
    {
        var wire = badHeader + "{\"lost\":true}" + "Content-Length: 2\r\n\r\n{}";
        var reader = new MessageReader(new MemoryStream(Encoding.UTF8.GetBytes(wire)));

        var bad = await reader.ReadFrameAsync();
        var good = await reader.ReadFrameAsync();

        Assert.True(bad!.Value.IsMalformed);
        Assert.False(good!.Value.IsMalformed);
        Assert.Equal("{}", Encoding.UTF8.GetString(good.Value.Body.Span));
    }

    [Fact]
    public async Task End_of_stream_in_the_middle_of_a_body_ends_reading()
    {
        var reader = new MessageReader(new MemoryStream(Encoding.UTF8.GetBytes("Content-Length: 10\r\n\r\n{\"a\"")));

        Assert.Null(await reader.ReadFrameAsync());
    }

    /// <summary>A stream that returns one byte per read, as a slow pipe might.</summary>
    private sealed class TrickleStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => data.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= data.Length || count == 0)
            {
                return 0;
            }

            buffer[offset] = data[_position++];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
