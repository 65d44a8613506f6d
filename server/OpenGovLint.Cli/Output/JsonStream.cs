using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes are passed on to a <see cref="TextWriter"/> piece by piece, so a large
/// document streams out while it is written. No reflection: every value is written explicitly (AOT-safe).
/// </summary>
internal sealed class JsonStream : IDisposable
{
    // Chinese text stays readable in the output instead of becoming \uXXXX escapes; the output is not embedded in HTML.
    // Compact, not indented: the output is for programs (people read the text or HTML report), and a run over a
    // folder of reports writes tens of findings per file — indentation was half of its bytes.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly TextWriter target;

    public JsonStream(TextWriter target)
    {
        this.target = target;
        Writer = new Utf8JsonWriter(buffer, Options);
    }

    public Utf8JsonWriter Writer { get; }

    /// <summary>Passes what was written so far on to the target.</summary>
    public void Flush()
    {
        Writer.Flush();
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        if (target is StreamWriter { Encoding: UTF8Encoding encoding } stream && encoding.Preamble.Length == 0)
        {
            // The bytes are UTF-8 already: hand them to the stream rather than decoding and encoding them again.
            stream.Flush();
            stream.BaseStream.Write(buffer.WrittenSpan);
        }
        else
        {
            target.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        buffer.ResetWrittenCount();
    }

    /// <summary>Flushes and ends the document with a line break, as text files end.</summary>
    public void Complete()
    {
        Flush();
        target.WriteLine();
        target.Flush();
    }

    public void Dispose() => Writer.Dispose();
}
