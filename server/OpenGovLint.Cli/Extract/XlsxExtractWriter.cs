using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using OpenGovLint.Core.Extraction;

namespace OpenGovLint.Cli.Extract;

/// <summary>
/// The extract as an Excel workbook: one sheet, the header row frozen, figures as numbers (so that sums and filters
/// work), text as inline strings, a missing figure an empty cell, the totals row last.
/// </summary>
/// <remarks>
/// Written as the five parts of a minimal SpreadsheetML package (content types, package relationships, workbook, its
/// relationships, the sheet) with <see cref="ZipArchive"/> and <see cref="XmlWriter"/>. A library for the whole of Open
/// XML would cost the executable about 14 MB and every run about 9 MB of memory at start-up, for one sheet of cells.
/// </remarks>
internal static class XlsxExtractWriter
{
    private const string SpreadsheetMl = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static void Write(Stream stream, IReadOnlyList<ExtractedReport> reports, string sheetName, string totalLabel)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        WritePart(zip, "[Content_Types].xml", WriteContentTypes);
        WritePart(zip, "_rels/.rels", xml => WriteRelationships(xml, "officeDocument", "xl/workbook.xml"));
        WritePart(zip, "xl/workbook.xml", xml => WriteWorkbook(xml, sheetName));
        WritePart(zip, "xl/_rels/workbook.xml.rels", xml => WriteRelationships(xml, "worksheet", "worksheets/sheet1.xml"));
        WritePart(zip, "xl/worksheets/sheet1.xml", xml => WriteSheet(xml, Rows(reports, totalLabel)));
    }

    /// <summary>The header, one row per report, the totals: each cell a text, a number or empty (null).</summary>
    private static IEnumerable<IReadOnlyList<object?>> Rows(IReadOnlyList<ExtractedReport> reports, string totalLabel)
    {
        var header = new List<object?> { "agency", "year", "edition", "source_file" };
        header.AddRange(ReportFigures.Columns.Select(c => c.Key));
        yield return header;
        foreach (var report in reports)
        {
            var cells = new List<object?>
            {
                report.Figures.Agency ?? string.Empty,
                report.Figures.Year is int year ? (decimal)year : string.Empty,
                report.Figures.Edition,
                report.SourceFile,
            };
            cells.AddRange(report.Figures.Values.Select(v => (object?)v));
            yield return cells;
        }

        var totals = new List<object?> { totalLabel, null, null, null };
        totals.AddRange(ExtractTotals.Of(reports).Select(v => (object?)v));
        yield return totals;
    }

    private static void WritePart(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        using var xml = XmlWriter.Create(entry, Settings);
        xml.WriteStartDocument(standalone: true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void WriteContentTypes(XmlWriter xml)
    {
        xml.WriteStartElement("Types", ContentTypes);
        Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default(xml, "xml", "application/xml");
        Override(xml, "/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        Override(xml, "/xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        xml.WriteEndElement();

        static void Default(XmlWriter xml, string extension, string type)
        {
            xml.WriteStartElement("Default", ContentTypes);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        static void Override(XmlWriter xml, string part, string type)
        {
            xml.WriteStartElement("Override", ContentTypes);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private static void WriteRelationships(XmlWriter xml, string type, string target)
    {
        xml.WriteStartElement("Relationships", PackageRelationships);
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", "rId1");
        xml.WriteAttributeString("Type", OfficeRelationships + "/" + type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteWorkbook(XmlWriter xml, string sheetName)
    {
        xml.WriteStartElement("workbook", SpreadsheetMl);
        xml.WriteAttributeString("xmlns", "r", null, OfficeRelationships);
        xml.WriteStartElement("sheets", SpreadsheetMl);
        xml.WriteStartElement("sheet", SpreadsheetMl);
        xml.WriteAttributeString("name", sheetName);
        xml.WriteAttributeString("sheetId", "1");
        xml.WriteAttributeString("id", OfficeRelationships, "rId1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteSheet(XmlWriter xml, IEnumerable<IReadOnlyList<object?>> rows)
    {
        xml.WriteStartElement("worksheet", SpreadsheetMl);

        // The header stays in view while scrolling through many reports.
        xml.WriteStartElement("sheetViews", SpreadsheetMl);
        xml.WriteStartElement("sheetView", SpreadsheetMl);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", SpreadsheetMl);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteStartElement("selection", SpreadsheetMl);
        xml.WriteAttributeString("pane", "bottomLeft");
        xml.WriteAttributeString("activeCell", "A2");
        xml.WriteAttributeString("sqref", "A2");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("sheetData", SpreadsheetMl);
        int rowNumber = 1;
        foreach (var row in rows)
        {
            string number = rowNumber.ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", SpreadsheetMl);
            xml.WriteAttributeString("r", number);
            for (int column = 0; column < row.Count; column++)
            {
                WriteCell(xml, ColumnName(column) + number, row[column]);
            }

            xml.WriteEndElement();
            rowNumber++;
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteCell(XmlWriter xml, string reference, object? value)
    {
        xml.WriteStartElement("c", SpreadsheetMl);
        xml.WriteAttributeString("r", reference);
        switch (value)
        {
            case decimal number:
                xml.WriteAttributeString("t", "n");
                xml.WriteElementString("v", SpreadsheetMl, number.ToString(CultureInfo.InvariantCulture));
                break;
            case string text:
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", SpreadsheetMl);
                xml.WriteStartElement("t", SpreadsheetMl);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                {
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                }

                xml.WriteString(XmlSafe(text));
                xml.WriteEndElement();
                xml.WriteEndElement();
                break;
        }

        xml.WriteEndElement();
    }

    /// <summary>
    /// The text with the characters XML cannot carry (control characters a scraped name may hold, lone surrogates)
    /// replaced by U+FFFD, so that one odd source file does not make the whole workbook unwritable.
    /// </summary>
    internal static string XmlSafe(string text)
    {
        StringBuilder? safe = null; // made only at the first character that needs replacing
        for (int i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                safe?.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                safe?.Append(text[i]);
            }
            else
            {
                safe ??= new StringBuilder(text.Length).Append(text, 0, i);
                safe.Append('\uFFFD');
            }
        }

        return safe?.ToString() ?? text;
    }

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        string name = string.Empty;
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }
}
