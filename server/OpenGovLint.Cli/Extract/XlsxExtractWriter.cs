using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using OpenGovLint.Core.Extraction;

namespace OpenGovLint.Cli.Extract;

/// <summary>
/// The extract as an Excel workbook (Open XML SDK): one sheet, the header row frozen, figures as numbers (so that sums
/// and filters work), text as inline strings, a missing figure an empty cell, the totals row last.
/// </summary>
internal static class XlsxExtractWriter
{
    public static void Write(Stream stream, IReadOnlyList<ExtractedReport> reports, string sheetName, string totalLabel)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var header = new List<string> { "agency", "year", "edition", "source_file" };
        header.AddRange(ReportFigures.Columns.Select(c => c.Key));
        uint rowIndex = 1;
        data.Append(Row(rowIndex++, header.Select(h => (Cell)Text(h))));
        foreach (var report in reports)
        {
            var cells = new List<Cell>
            {
                Text(report.Figures.Agency ?? string.Empty),
                report.Figures.Year is int year ? Number(year) : Text(string.Empty),
                Text(report.Figures.Edition),
                Text(report.SourceFile),
            };
            cells.AddRange(report.Figures.Values.Select(v => v is { } n ? Number(n) : new Cell()));
            data.Append(Row(rowIndex++, cells));
        }

        var totals = new List<Cell> { Text(totalLabel), new Cell(), new Cell(), new Cell() };
        totals.AddRange(ExtractTotals.Of(reports).Select(v => v is { } n ? Number(n) : new Cell()));
        data.Append(Row(rowIndex, totals));

        // The header stays in view while scrolling through many reports.
        var pane = new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen };
        var view = new SheetView { WorkbookViewId = 0U };
        view.Append(pane, new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        sheetPart.Worksheet = new Worksheet(new SheetViews(view), data);
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1U, Name = sheetName });
        workbookPart.Workbook.Save();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        int column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(cell);
        }

        return row;
    }

    private static Cell Text(string value) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) };

    private static Cell Number(decimal value) => new() { DataType = CellValues.Number, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };

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
