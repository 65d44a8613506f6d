using System.Text;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Fixes;

/// <summary>
/// Writes the standard tables in the canonical Markdown layout (spec §6): table 2 as four pipe tables each after its
/// caption line, table 3 as one 8-column pipe table, table 4 as one 15-column pipe table. Cell texts come from a
/// delegate, so the same writer serves the template (zeros), the missing-table fix (blanks) and the rewrite of a
/// pasted table (the values exactly as written).
/// </summary>
public static class CanonicalTableWriter
{
    /// <summary>Gives the text of value <c>column</c> of a row, or null for "this row has no such cell".</summary>
    public delegate string? CellText(RowDefinition row, int column);

    public static string Write(StandardTable table, CellText cell, string lineBreak) => Write(table, Editions.Current, cell, lineBreak);

    /// <summary>The layout a read table is written back in: its own edition's (a trial table stays a trial table).</summary>
    public static ReportEdition EditionOf(ReportTable table) => table.LayoutEdition.AsReportEdition() ?? Editions.Current;

    /// <summary>The rows of a table in the layout of <paramref name="edition"/>; none for table 4, which has no row labels.</summary>
    public static IEnumerable<RowDefinition> RowsOf(StandardTable table, ReportEdition edition) => table switch
    {
        StandardTable.ActiveDisclosure => Table2Layout.RowsOf(edition),
        StandardTable.Applications => Table3Layout.RowsOf(edition),
        _ => [],
    };

    /// <summary>
    /// The table in the layout of <paramref name="edition"/>: the trial layout's table 2 (five blocks, its own columns)
    /// and single-row （六）其他处理 for 2019 and 2020, so that a trial table rewritten stays a trial table.
    /// </summary>
    public static string Write(StandardTable table, ReportEdition edition, CellText cell, string lineBreak) => table switch
    {
        StandardTable.ActiveDisclosure => WriteTable2(cell, lineBreak, edition),
        StandardTable.Applications => WriteTable3(cell, lineBreak, edition),
        _ => WriteTable4(cell, lineBreak),
    };

    public static string WriteTable2(CellText cell, string lineBreak, ReportEdition edition = Editions.Current)
    {
        var sb = new StringBuilder();
        foreach (var block in Table2Layout.BlocksOf(edition))
        {
            if (sb.Length > 0)
            {
                sb.Append(lineBreak).Append(lineBreak);
            }

            sb.Append(block.Caption).Append(lineBreak).Append(lineBreak);
            AppendRow(sb, block.Columns, lineBreak);
            AppendDelimiter(sb, block.Columns.Count, lineBreak);
            for (int r = 0; r < block.Rows.Count; r++)
            {
                AppendRow(sb, LabelAndValues(block.Rows[r], cell), r == block.Rows.Count - 1 ? null : lineBreak);
            }
        }

        return sb.ToString();
    }

    public static string WriteTable3(CellText cell, string lineBreak, ReportEdition edition = Editions.Current)
    {
        var sb = new StringBuilder();
        var header = new List<string> { Table3Layout.Note };
        header.AddRange(Table3Layout.Columns);
        AppendRow(sb, header, lineBreak);
        AppendDelimiter(sb, header.Count, lineBreak);
        var rows = Table3Layout.RowsOf(edition).ToArray();
        for (int r = 0; r < rows.Length; r++)
        {
            var row = rows[r];
            var cells = row.IsGroup && row.ValueCount == 0 && cell(row, 0) is null
                ? new List<string> { row.Label, "", "", "", "", "", "", "" }
                : LabelAndValues(row, cell);
            AppendRow(sb, cells, r == rows.Length - 1 ? null : lineBreak);
        }

        return sb.ToString();
    }

    public static string WriteTable4(CellText cell, string lineBreak)
    {
        var sb = new StringBuilder();
        var header = Enumerable.Range(0, Table4Layout.ValueCount).Select(Table4Layout.ColumnHeader).ToList();
        AppendRow(sb, header, lineBreak);
        AppendDelimiter(sb, header.Count, lineBreak);
        var values = new List<string>();
        for (int i = 0; i < Table4Layout.ValueCount; i++)
        {
            if (cell(Table4.DataRowDefinition, i) is { } text)
            {
                values.Add(text);
            }
        }

        AppendRow(sb, values, null);
        return sb.ToString();
    }

    private static List<string> LabelAndValues(RowDefinition row, CellText cell)
    {
        var cells = new List<string> { row.Label };
        int count = Math.Max(row.ValueCount, 16);
        for (int i = 0; i < count; i++)
        {
            if (cell(row, i) is not { } text)
            {
                break;
            }

            cells.Add(text);
        }

        return cells;
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, string? lineBreak)
    {
        sb.Append('|');
        foreach (string c in cells)
        {
            sb.Append(' ').Append(Escape(c)).Append(" |");
        }

        if (lineBreak is not null)
        {
            sb.Append(lineBreak);
        }
    }

    private static void AppendDelimiter(StringBuilder sb, int columns, string lineBreak)
    {
        sb.Append('|');
        for (int i = 0; i < columns; i++)
        {
            sb.Append(" --- |");
        }

        sb.Append(lineBreak);
    }

    // A pipe inside a cell would split it; line breaks would end the row.
    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
