using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>Table 3 as read: its rows by key (group rows included), the header note and column labels.</summary>
public sealed class Table3 : ReportTable
{
    public Table3(TableShape shape, int startLine, int endLine, TextSpan span, IReadOnlyList<TableCell> cells, IReadOnlyList<TableRow> rows)
        : base(shape, startLine, endLine, span, cells, rows)
    {
    }

    public override StandardTable Kind => StandardTable.Applications;

    /// <summary>True when （六）其他处理 carries values as one row, as in the 2019 trial layout.</summary>
    public bool HasLegacyOtherHandlingRow => Row(Table3Layout.OtherHandling) is { Values.Count: > 0 };

    /// <summary>The trial layout when （六）其他处理 is one row of figures, the 2021 layout when its three items are there.</summary>
    public override TableEdition LayoutEdition =>
        Editions.FromMarks(trial: HasLegacyOtherHandlingRow, current: OtherHandlingItems.Any());

    /// <summary>The rows of （六）其他处理's three items, as the 2021 layout has them.</summary>
    public IEnumerable<TableRow> OtherHandlingItems => RowList.Where(r => r.Definition.GroupKey == Table3Layout.OtherHandling);

    /// <summary>The number in <paramref name="column"/> of row <paramref name="key"/>, when the row is present and well formed.</summary>
    public decimal? Number(string key, int column) => Row(key)?.ValueAt(column) is { HasNumber: true } v ? v.Number : null;
}
