using System.Text;

namespace OpenGovLint.Core.IO;

/// <summary>
/// Decodes a file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and, when the bytes are not UTF-8,
/// GB18030 (a superset of GBK and GB2312, which Chinese word processors still save). Binary content is refused.
/// </summary>
public static class DocumentDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static Encoding GB18030 => Gb18030.Value;

    /// <summary>Decodes <paramref name="bytes"/>, or returns null when they are not text in an encoding we know.</summary>
    public static DecodedDocument? TryDecode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return Strict(new UTF8Encoding(true, true), bytes[3..], true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Strict(new UnicodeEncoding(false, true, true), bytes[2..], true);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Strict(new UnicodeEncoding(true, true, true), bytes[2..], true);
        }

        if (LooksBinary(bytes))
        {
            return null;
        }

        return Strict(new UTF8Encoding(false, true), bytes, false) ?? Strict(GB18030, bytes, false);
    }

    private static DecodedDocument? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, bool bom)
    {
        try
        {
            string text = encoding.GetString(bytes);
            return LooksBinary(text) ? null : new DecodedDocument(text, encoding, bom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    // NUL bytes do not occur in text files in single-byte or multi-byte encodings without a BOM.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    // Text with many control characters (other than tab and line breaks) is not a report.
    private static bool LooksBinary(string text)
    {
        // Counted with a vectorised search from one control character to the next: a text file has none, and every
        // file is decoded twice when reports are paired, so this scan runs over the head of every file the checker reads.
        int control = 0, sample = Math.Min(text.Length, 8192);
        var rest = text.AsSpan(0, sample);
        for (int at = rest.IndexOfAny(ControlCharacters); at >= 0; at = rest.IndexOfAny(ControlCharacters))
        {
            control++;
            rest = rest[(at + 1)..];
        }

        return control > 0 && control * 20 > sample;
    }

    private static readonly System.Buffers.SearchValues<char> ControlCharacters = System.Buffers.SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");
}
