using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// One standard table laid out as the official form: header rows with their merged cells, then the body rows. Built
/// from the report model first and written afterwards, so the cells a finding can point at are known before any
/// finding is numbered.
/// </summary>
internal sealed record HtmlForm(int Number, ReportTable? Table, bool HasLabelColumn, int ValueColumns, IReadOnlyList<HtmlFormRow> Head, IReadOnlyList<HtmlFormRow> Body)
{
    /// <summary>The edition whose form is drawn, when it is not the 2021 form: the trial form of tables 2 and 3.</summary>
    public ReportEdition? Layout { get; init; }

    /// <summary>The source spans of every cell that shows something read from the report.</summary>
    public IReadOnlyList<TextSpan> CellSpans => Head.Concat(Body).SelectMany(r => r.Cells).SelectMany(c => c.Spans).ToArray();
}

/// <summary>A row of the form. <paramref name="Key"/> is the row's key in the layout (T3.Granted), when it has one.</summary>
internal sealed record HtmlFormRow(IReadOnlyList<HtmlFormCell> Cells, string? Key = null, string? CssClass = null);

/// <summary>
/// A cell of the form: its text, the source spans it shows (none for the form's own headers and for cells the
/// report left out), and how it spans the grid.
/// </summary>
internal sealed record HtmlFormCell(string Text, HtmlCellKind Kind, IReadOnlyList<TextSpan> Spans, int ColumnSpan = 1, int RowSpan = 1)
{
    /// <summary>Small print under the text: a label as written, a count of values read.</summary>
    public string? Note { get; init; }

    /// <summary>Indentation of a row label, by its depth in table 3's groups.</summary>
    public int Level { get; init; }

    public static HtmlFormCell Header(string text, int columnSpan = 1, int rowSpan = 1) => new(text, HtmlCellKind.Header, [], columnSpan, rowSpan);
}

internal enum HtmlCellKind
{
    /// <summary>A header of the official form, written from the layout.</summary>
    Header,

    /// <summary>A row label.</summary>
    Label,

    /// <summary>A group row's label (三、本年度办理结果, （三）不予公开 …).</summary>
    GroupLabel,

    /// <summary>A value as read from the report.</summary>
    Value,

    /// <summary>A value cell the report left empty.</summary>
    Empty,

    /// <summary>A cell of the form the report has nothing for (a missing row, a value missing from a short row).</summary>
    Absent,

    /// <summary>The value cells of a group row, which carry no values.</summary>
    GroupFill,
}
