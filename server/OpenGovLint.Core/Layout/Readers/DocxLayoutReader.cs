using System.IO.Compression;
using System.Xml;
using OpenGovLint.Core.Layout.Readers.Markup;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Reads a Word file (<c>.docx</c>, as Word, WPS and LibreOffice write it) with the base library's zip and XML readers
/// (<see cref="DocxPackage"/>): the text as it would print — numbering resolved to the visible ordinal (一、 （一） 1.),
/// tracked insertions in and deletions out, text boxes after the paragraph that anchors them — one paragraph per line,
/// headings by their style or outline level marked as Markdown headings, each table row a line of tab-separated cells
/// on the table's grid (<c>w:gridSpan</c> and <c>w:vMerge</c> resolved; a covered slot is an empty cell). The text is
/// laid out by the text reader; the source map sends every character to its paragraph or table cell, since a Word file
/// has no text positions.
/// </summary>
/// <remarks>
/// Memory is bounded before anything is parsed: files over <see cref="MaxFileLength"/>, packages whose parts declare more
/// than <see cref="MaxExpandedLength"/> in all or expand more than <see cref="MaxCompressionRatio"/> times, and parts
/// of more than <see cref="MaxPartCharacters"/> characters are refused.
/// </remarks>
public sealed class DocxLayoutReader
{
    public const int MaxFileLength = 64 * 1024 * 1024;
    public const long MaxExpandedLength = 256L * 1024 * 1024;
    public const int MaxCompressionRatio = 200;
    public const long MaxPartCharacters = 32L * 1024 * 1024;

    public static DocxLayoutReader Instance { get; } = new();

    public MarkupReadResult Read(byte[] bytes, CancellationToken cancellationToken = default)
    {
        if (bytes.Length > MaxFileLength)
        {
            return MarkupReadResult.Unreadable(MarkupProblem.TooLarge);
        }

        if (IsCompoundFile(bytes))
        {
            // An encrypted .docx is an OLE compound file holding the encrypted package; so is an old binary .doc.
            return MarkupReadResult.Unreadable(ContainsUtf16(bytes, "EncryptionInfo") ? MarkupProblem.Encrypted : MarkupProblem.Corrupt);
        }

        if (CheckPackage(bytes) is { } problem)
        {
            return MarkupReadResult.Unreadable(problem);
        }

        try
        {
            var parts = DocxPackage.Read(bytes);
            var renderer = new DocxRenderer(new DocxNumbering(parts.Numbering), new DocxStyles(parts.Styles), cancellationToken);
            renderer.RenderBody(parts.Body);
            var (text, runs, locations) = renderer.Build();
            var rendered = new SourceText(text);
            var map = new SourceMap(new SourceText(string.Empty), runs, locations);
            var layout = TextLayoutReader.Instance.Read(rendered);
            var mapped = new LayoutDocument(rendered, layout.Blocks, layout.Layouts) { Map = map, Format = SourceFormat.Docx };
            return renderer.LooksLikeReport(text) ? MarkupReadResult.Read(mapped) : MarkupReadResult.NotAReport(mapped);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException or InsufficientExecutionStackException)
        {
            // A damaged package, part or XML, and markup nested deeper than the stack allows, make a damaged file.
            return MarkupReadResult.Unreadable(MarkupProblem.Corrupt);
        }
    }

    /// <summary>Refuses a package that is not a zip, or whose parts would expand beyond the bounds (a zip bomb).</summary>
    private static MarkupProblem? CheckPackage(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            bool hasDocument = false;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                hasDocument |= entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && entry.FullName.Contains("document", StringComparison.OrdinalIgnoreCase);
                if (total > MaxExpandedLength || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio && entry.Length > 1024 * 1024))
                {
                    return MarkupProblem.ExpandsTooFar;
                }
            }

            return hasDocument ? null : MarkupProblem.Corrupt;
        }
        catch (InvalidDataException)
        {
            return MarkupProblem.Corrupt;
        }
    }

    private static bool IsCompoundFile(byte[] bytes) =>
        bytes.Length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0 && bytes[4] == 0xA1 && bytes[5] == 0xB1 && bytes[6] == 0x1A && bytes[7] == 0xE1;

    private static bool ContainsUtf16(byte[] bytes, string value)
    {
        var pattern = System.Text.Encoding.Unicode.GetBytes(value);
        return bytes.AsSpan().IndexOf(pattern) >= 0;
    }
}
