using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Layout.Readers;
using OpenGovLint.Core.Layout.Readers.Markup;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.IO;

/// <summary>
/// Reads a report file whatever its format, chosen by its extension: Markdown and text through the text layout reader,
/// web pages (<c>.html</c>, <c>.htm</c>, <c>.shtml</c>) through the HTML reader, Word files (<c>.docx</c>) through the
/// Word reader. The CLI, the language server and the converters read files through here, so they read alike.
/// </summary>
public static class ReportFileReader
{
    /// <summary>The format a path's extension names; anything not a page or a Word file is read as text.</summary>
    public static SourceFormat FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" or ".shtml" or ".xhtml" => SourceFormat.Html,
        ".docx" => SourceFormat.Docx,
        _ => SourceFormat.Text,
    };

    public static ReportFileRead Read(ReadOnlySpan<byte> bytes, string path, CancellationToken cancellationToken = default)
    {
        var format = FormatOf(path);
        if (format == SourceFormat.Docx)
        {
            var docx = DocxLayoutReader.Instance.Read(bytes.ToArray(), cancellationToken);
            return new ReportFileRead(format, docx.Layout, null, docx.Problem);
        }

        if (format == SourceFormat.Html && bytes.Length > HtmlLayoutReader.MaxSourceLength)
        {
            // Refused before it is decoded: memory stays bounded by the page limit, not by the file.
            return new ReportFileRead(format, null, null, MarkupProblem.TooLarge);
        }

        var decoded = DocumentDecoder.TryDecode(bytes);
        if (decoded is null)
        {
            return new ReportFileRead(format, null, null, MarkupProblem.None);
        }

        return Read(decoded, format);
    }

    /// <summary>
    /// Whether a file read is a report, by the one definition (<see cref="Documents.ReportRecognizer"/>) applied to the
    /// text as it reads: a page's or Word file's rendered text, not its markup.
    /// </summary>
    public static bool IsReport(ReportFileRead read) =>
        read.Layout is { } layout && !read.IsNotAReport && Documents.ReportRecognizer.IsReport(layout.Text.Text);

    /// <summary>Lays out text already decoded (an editor's buffer): a page is rendered, other text read as it is.</summary>
    public static ReportFileRead Read(DecodedDocument decoded, SourceFormat format)
    {
        if (format == SourceFormat.Html)
        {
            var html = HtmlLayoutReader.Instance.Read(decoded.Text);
            return new ReportFileRead(format, html.Layout, decoded, html.Problem);
        }

        return new ReportFileRead(format, TextLayoutReader.Instance.Read(new SourceText(decoded.Text)), decoded, MarkupProblem.None);
    }
}

/// <summary>
/// A file as read: its layout (null when unreadable), its decoded text (text formats only: what a fix writes back to), and
/// what went wrong with a page or Word file.
/// </summary>
public sealed record ReportFileRead(SourceFormat Format, LayoutDocument? Layout, DecodedDocument? Decoded, MarkupProblem Problem)
{
    /// <summary>True when the file could not be read at all (undecodable text, a damaged, encrypted or oversized Word file or page).</summary>
    public bool IsUnreadable => Layout is null;

    /// <summary>True when a page or Word file was read but holds no report.</summary>
    public bool IsNotAReport => Problem == MarkupProblem.NotAReport;

    /// <summary>The report model; null when unreadable.</summary>
    public Model.ReportDocument? BuildModel() => Layout is null ? null : ReportParser.Build(Layout);
}
