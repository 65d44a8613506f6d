using System.Text;
using OpenGovLint.Core.IO;

namespace OpenGovLint.Tests.Robustness;

/// <summary>Encodings real drafts are saved in: detected, decoded, and written back the same way.</summary>
public sealed class DecoderTests
{
    private const string Sample = "一、总体情况\r\n全年受理依申请公开10件。\n";

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void DecodesAndEncodesBackByteForByte(string name)
    {
        byte[] bytes = Encode(name, Sample);
        var decoded = DocumentDecoder.TryDecode(bytes);
        Assert.NotNull(decoded);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(name.EndsWith("-bom", StringComparison.Ordinal), decoded.HasBom);
        Assert.Equal(bytes, decoded.Encode(decoded.Text));
    }

    [Fact]
    public void GbkTextIsReadAsGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] gbk = Encoding.GetEncoding(936).GetBytes(Sample);
        var decoded = DocumentDecoder.TryDecode(gbk);
        Assert.NotNull(decoded);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal(54936, decoded.Encoding.CodePage);
    }

    [Fact]
    public void BinaryIsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];
        Assert.Null(DocumentDecoder.TryDecode(png));
    }

    [Fact]
    public void EmptyFileIsEmptyText()
    {
        var decoded = DocumentDecoder.TryDecode([]);
        Assert.NotNull(decoded);
        Assert.Equal(string.Empty, decoded.Text);
    }

    private static byte[] Encode(string name, string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return name switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. new UTF8Encoding(true).GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.GetEncoding(54936).GetBytes(text),
        };
    }
}
