using System.Globalization;
using System.Text;
using OpenGovLint.Core.Extraction;

namespace OpenGovLint.Cli.Extract;

/// <summary>
/// The extract as CSV (RFC 4180; written to a file with a byte-order mark, see the command): a
/// header of column keys, one row per report, a totals row. A missing figure is an empty cell.
/// </summary>
internal static class CsvExtractWriter
{
    public static string Write(IReadOnlyList<ExtractedReport> reports, string totalLabel)
    {
        var sb = new StringBuilder();
        var header = new List<string> { "agency", "year", "edition", "source_file" };
        header.AddRange(ReportFigures.Columns.Select(c => c.Key));
        Line(sb, header);
        foreach (var report in reports)
        {
            var cells = new List<string>
            {
                report.Figures.Agency ?? string.Empty,
                report.Figures.Year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                report.Figures.Edition,
                report.SourceFile,
            };
            cells.AddRange(report.Figures.Values.Select(Number));
            Line(sb, cells);
        }

        var totals = new List<string> { totalLabel, string.Empty, string.Empty, string.Empty };
        totals.AddRange(ExtractTotals.Of(reports).Select(Number));
        Line(sb, totals);
        return sb.ToString();
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        bool first = true;
        foreach (string cell in cells)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            sb.Append(Quote(cell));
        }

        sb.Append("\r\n");
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
