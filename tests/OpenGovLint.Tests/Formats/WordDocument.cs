using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace OpenGovLint.Tests.Formats;

/// <summary>
/// Builds .docx files with the Open XML SDK, in the markup Word writes: part headings as "heading 1" paragraphs whose
/// ordinal (一、) comes from Chinese-counting numbering (<c>w:numPr</c>), the title in the Title style, tables with
/// <c>w:gridSpan</c> for merged columns and <c>w:vMerge</c> restart/continue for merged rows, and on request a tracked
/// change and a text box.
/// </summary>
internal static class WordDocument
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>What to add beside the report's own content, to exercise one feature of the format.</summary>
    internal sealed record Extras
    {
        /// <summary>A tracked change in the preamble: this text deleted…</summary>
        public string? Deleted { get; init; }

        /// <summary>…and this inserted.</summary>
        public string? Inserted { get; init; }

        /// <summary>A text box anchored in the preamble, holding this paragraph.</summary>
        public string? TextBox { get; init; }

        /// <summary>Heading ordinals written as text instead of numbering.</summary>
        public bool OrdinalsAsText { get; init; }
    }

    public static byte[] Build(ReportContent content, Extras? extras = null)
    {
        extras ??= new Extras();
        var body = new StringBuilder();
        body.Append(Paragraph(content.Title, style: "Title"));
        foreach (string paragraph in content.Preamble.SkipLast(1))
        {
            body.Append(Paragraph(paragraph));
        }

        body.Append("<w:p><w:r><w:t xml:space=\"preserve\">").Append(Escape(content.Preamble.LastOrDefault() ?? string.Empty)).Append("</w:t></w:r>");
        if (extras.Deleted is { } deleted)
        {
            body.Append("<w:del w:id=\"1\" w:author=\"审核人\" w:date=\"2026-01-10T00:00:00Z\"><w:r><w:delText>").Append(Escape(deleted)).Append("</w:delText></w:r></w:del>");
        }

        if (extras.Inserted is { } inserted)
        {
            body.Append("<w:ins w:id=\"2\" w:author=\"审核人\" w:date=\"2026-01-10T00:00:00Z\"><w:r><w:t>").Append(Escape(inserted)).Append("</w:t></w:r></w:ins>");
        }

        if (extras.TextBox is { } box)
        {
            body.Append("<w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" id=\"box1\" style=\"width:200pt;height:40pt\"><v:textbox><w:txbxContent>")
                .Append(Paragraph(box)).Append("</w:txbxContent></v:textbox></v:shape></w:pict></w:r>");
        }

        body.Append("</w:p>");
        foreach (var part in content.Parts)
        {
            body.Append(extras.OrdinalsAsText ? Paragraph(part.Ordinal + part.Title, style: "Heading1") : Paragraph(part.Title, style: "Heading1", numbering: 1));
            foreach (string paragraph in part.Paragraphs)
            {
                body.Append(Paragraph(paragraph));
            }

            if (part.Table is { } table)
            {
                body.Append(Table(table));
            }
        }

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document xmlns:w=\"{W}\"><w:body>{body}<w:sectPr/></w:body></w:document>");
            Feed(main.AddNewPart<StyleDefinitionsPart>(), Styles);
            Feed(main.AddNewPart<NumberingDefinitionsPart>(), Numbering);
        }

        return stream.ToArray();
    }

    /// <summary>Styles as Word names them: Title, heading 1 (outline level 0), Normal.</summary>
    private const string Styles = $"""
        <w:styles xmlns:w="{W}">
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
        </w:styles>
        """;

    /// <summary>One list: level 0 in Chinese counting with 、 (一、), level 1 in brackets (（一）), level 2 decimal (1.).</summary>
    private const string Numbering = $"""
        <w:numbering xmlns:w="{W}">
          <w:abstractNum w:abstractNumId="0">
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:suff w:val="nothing"/></w:lvl>
            <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
          </w:abstractNum>
          <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """;

    public static string Paragraph(string text, string? style = null, int? numbering = null, int level = 0)
    {
        var sb = new StringBuilder("<w:p>");
        if (style is not null || numbering is not null)
        {
            sb.Append("<w:pPr>");
            if (style is not null)
            {
                sb.Append("<w:pStyle w:val=\"").Append(style).Append("\"/>");
            }

            if (numbering is { } id)
            {
                sb.Append("<w:numPr><w:ilvl w:val=\"").Append(level).Append("\"/><w:numId w:val=\"").Append(id).Append("\"/></w:numPr>");
            }

            sb.Append("</w:pPr>");
        }

        sb.Append("<w:r><w:t xml:space=\"preserve\">").Append(Escape(text)).Append("</w:t></w:r></w:p>");
        return sb.ToString();
    }

    /// <summary>
    /// A table as Word writes merged cells: the grid's columns, a cell spanning columns with <c>w:gridSpan</c>, and for a
    /// cell spanning rows a <c>w:vMerge w:val="restart"</c> cell followed, in each row below, by an empty
    /// <c>w:vMerge</c> cell in its columns.
    /// </summary>
    public static string Table(List<List<FormCell>> rows)
    {
        int width = rows.Max(r => r.Sum(c => c.ColumnSpan));
        var covered = new List<(int Row, int Column, int Span)>();
        var sb = new StringBuilder("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>");
        for (int c = 0; c < width; c++)
        {
            sb.Append("<w:gridCol w:w=\"800\"/>");
        }

        sb.Append("</w:tblGrid>");
        for (int r = 0; r < rows.Count; r++)
        {
            sb.Append("<w:tr>");
            int column = 0;
            var queue = new Queue<FormCell>(rows[r]);
            while (column < width && (queue.Count > 0 || covered.Any(x => x.Row == r && x.Column >= column)))
            {
                var continuation = covered.FirstOrDefault(x => x.Row == r && x.Column == column);
                if (continuation.Span > 0)
                {
                    sb.Append("<w:tc><w:tcPr>").Append(continuation.Span > 1 ? $"<w:gridSpan w:val=\"{continuation.Span}\"/>" : "").Append("<w:vMerge/></w:tcPr><w:p/></w:tc>");
                    column += continuation.Span;
                    continue;
                }

                if (queue.Count == 0)
                {
                    break;
                }

                var cell = queue.Dequeue();
                sb.Append("<w:tc><w:tcPr>");
                if (cell.ColumnSpan > 1)
                {
                    sb.Append("<w:gridSpan w:val=\"").Append(cell.ColumnSpan).Append("\"/>");
                }

                if (cell.RowSpan > 1)
                {
                    sb.Append("<w:vMerge w:val=\"restart\"/>");
                    for (int below = 1; below < cell.RowSpan; below++)
                    {
                        covered.Add((r + below, column, cell.ColumnSpan));
                    }
                }

                sb.Append("</w:tcPr>").Append(cell.Text.Length == 0 ? "<w:p/>" : Paragraph(cell.Text)).Append("</w:tc>");
                column += cell.ColumnSpan;
            }

            sb.Append("</w:tr>");
        }

        sb.Append("</w:tbl>");
        return sb.ToString();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
