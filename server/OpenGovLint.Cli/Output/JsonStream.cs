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
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
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
        if (buffer.WrittenCount > 0)
        {
            target.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
            buffer.ResetWrittenCount();
        }
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
