using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>Table 4 as read: the values of its one data row, in the standard column order.</summary>
public sealed class Table4 : ReportTable
{
    public static readonly RowDefinition DataRowDefinition = new("T4.Data", "行政复议、行政诉讼情况", Table4Layout.ValueCount);

    public Table4(TableShape shape, int startLine, int endLine, TextSpan span, IReadOnlyList<TableCell> cells, TableRow? dataRow)
        : base(shape, startLine, endLine, span, cells, dataRow is null ? [] : [dataRow])
    {
    }

    public override StandardTable Kind => StandardTable.ReviewLitigation;

    /// <summary>The data row; its label is the table's first header cell. Null when no value was found.</summary>
    public TableRow? DataRow => RowList.Count > 0 ? RowList[0] : null;

    public TableValue? ValueAt(int group, int column) => DataRow?.ValueAt((group * Table4Layout.GroupSize) + column);
}
