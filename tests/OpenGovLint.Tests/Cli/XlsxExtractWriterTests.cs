using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGovLint.Cli.Extract;
using OpenGovLint.Core.Extraction;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// The workbook the extract writes, read back with the Open XML SDK (an independent reader of the format): the package
/// is valid, every value lands in its column, and names a scraped page may carry do not break the file.
/// </summary>
public sealed class XlsxExtractWriterTests
{
    [Fact]
    public void Workbook_ReadsBack_WithEveryCellInItsColumn_AndPassesTheSdkValidator()
    {
        var values = ReportFigures.Columns.Select((_, i) => i % 3 == 0 ? (decimal?)null : i * 1.5m).ToList();
        var reports = new List<ExtractedReport>
        {
            new("a/报告.md", new ReportFigures(" 某某局 ", 2024, "2021", values, [])),
            new("b.md", new ReportFigures("名\u0001称\uD800", null, "2019", values, [])),
        };

        var bytes = Write(reports);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description).ToList();
        Assert.Empty(errors);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal("汇总", document.WorkbookPart.Workbook.Descendants<Sheet>().Single().Name!.Value);
        var rows = sheet.Descendants<Row>().ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Equal(["1", "2", "3", "4"], rows.Select(r => r.RowIndex!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var first = Cells(rows[1]);
        Assert.Equal(" 某某局 ", first["A"].InnerText);
        Assert.Equal("2024", first["B"].CellValue!.Text);
        Assert.Equal(CellValues.Number, first["B"].DataType!.Value);
        Assert.Equal("a/报告.md", first["D"].InnerText);
        for (int i = 0; i < values.Count; i++)
        {
            var cell = first[XlsxExtractWriter.ColumnName(4 + i)];
            Assert.Equal(values[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, cell.CellValue?.Text ?? string.Empty);
        }

        // A control character and a lone surrogate become U+FFFD instead of making the package unreadable.
        Assert.Equal("名\uFFFD称\uFFFD", Cells(rows[2])["A"].InnerText);
        Assert.Null(Cells(rows[2])["B"].CellValue);
        Assert.Equal("合计", Cells(rows[3])["A"].InnerText);
        Assert.Equal(((values[1] ?? 0) * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), Cells(rows[3])["F"].CellValue!.Text);
    }

    [Fact]
    public void Workbook_HoldsExactlyThePartsOfAMinimalPackage()
    {
        var bytes = Write([]);

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnName_CountsInBase26WithoutZero(int index, string name) => Assert.Equal(name, XlsxExtractWriter.ColumnName(index));

    private static byte[] Write(IReadOnlyList<ExtractedReport> reports)
    {
        using var stream = new MemoryStream();
        XlsxExtractWriter.Write(stream, reports, "汇总", "合计");
        return stream.ToArray();
    }

    private static Dictionary<string, Cell> Cells(Row row) =>
        row.Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
}
