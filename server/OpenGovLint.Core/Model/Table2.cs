using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>Table 2 as read: its rows by key, and the block captions found.</summary>
public sealed class Table2 : ReportTable
{
    public Table2(TableShape shape, int startLine, int endLine, TextSpan span, IReadOnlyList<TableCell> cells, IReadOnlyList<TableRow> rows)
        : base(shape, startLine, endLine, span, cells, rows)
    {
    }

    public override StandardTable Kind => StandardTable.ActiveDisclosure;

    /// <summary>True when the table shows the 2019 trial layout's columns or rows.</summary>
    public bool IsLegacy => LayoutEdition is TableEdition.Trial2019 or TableEdition.Mixed;

    /// <summary>
    /// The trial layout when its columns, captions or rows are there; the 2021 layout when its rows or its own columns
    /// are; mixed when both are.
    /// </summary>
    public override TableEdition LayoutEdition =>
        Editions.FromMarks(
            trial: LegacyLabels.Count > 0 || RowList.Any(r => r.Definition.Edition == ReportEdition.Trial2019),
            current: RowList.Any(r => r.Definition.Edition == ReportEdition.Edition2021) || CurrentColumns.Any());

    /// <summary>The column headers in the table that only the 2021 layout has (本年制发件数, 本年处理决定数量 …).</summary>
    public IEnumerable<TableLabel> CurrentColumns =>
        HeaderLabels.Where(h => Table2Layout.Blocks.Any(b => b.Columns.Skip(1).Any(c => TextNormalizer.Key(c) == TextNormalizer.Key(h.Text))));

}
