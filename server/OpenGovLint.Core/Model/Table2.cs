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

    /// <summary>True when the table uses the 2019 trial layout's columns.</summary>
    public bool IsLegacy => LegacyLabels.Count > 0;

}
