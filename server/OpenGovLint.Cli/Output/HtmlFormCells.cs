using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Cli.Output;

/// <summary>The label and value cells of one table row, as read, whatever the number of values.</summary>
internal static class HtmlFormCells
{
    /// <summary>
    /// The row label: the canonical text of the form, and the text as written when it was only recognised as a variant.
    /// </summary>
    public static HtmlFormCell Label(RowDefinition definition, TableRow? row, HtmlText text, int level = 0)
    {
        var kind = definition.IsGroup ? HtmlCellKind.GroupLabel : HtmlCellKind.Label;
        if (row is null)
        {
            return new HtmlFormCell(definition.Label, kind, []) { Level = level, Note = text.RowMissing };
        }

        string? note = row.Label.Match == TitleMatch.Canonical ? null : text.AsWritten + row.Label.Text;
        if (IsMiscounted(row))
        {
            note = note is null ? text.ValueCount(row.Values.Count, definition.ValueCount) : note + "；" + text.ValueCount(row.Values.Count, definition.ValueCount);
        }

        return new HtmlFormCell(definition.Label, kind, [row.Label.Span]) { Level = level, Note = note };
    }

    /// <summary>
    /// The value cells of a row across <paramref name="width"/> grid columns. A row with the expected count fills its
    /// columns (a one-value row spans them all, as table 2's single-figure blocks do). A row with a wrong count is shown
    /// as read: its values from the left, absent cells after a short row, the surplus of a long row in the last cell;
    /// which column a figure was meant for cannot be known.
    /// </summary>
    public static IReadOnlyList<HtmlFormCell> Values(RowDefinition definition, TableRow? row, int width)
    {
        var values = row?.Values ?? [];
        if (values.Count == 0)
        {
            if (definition.IsGroup)
            {
                return [new HtmlFormCell(string.Empty, HtmlCellKind.GroupFill, [], width)];
            }

            return definition.ValueCount == width
                ? Enumerable.Range(0, width).Select(_ => Absent()).ToArray()
                : [Absent(width)];
        }

        if (values.Count == 1 && (definition.ValueCount == 1 || width == 1))
        {
            return [Value(values[0], width)];
        }

        var cells = new List<HtmlFormCell>(width);
        int placed = Math.Min(values.Count, width);
        for (int i = 0; i < placed; i++)
        {
            bool last = i == width - 1 && values.Count > width;
            cells.Add(last ? Surplus(values.Skip(i).ToArray()) : Value(values[i]));
        }

        for (int i = placed; i < width; i++)
        {
            cells.Add(Absent());
        }

        return cells;
    }

    /// <summary>
    /// True when the row holds another number of values than its columns. A 2019-style group row with a full set of
    /// values (（六）其他处理) is not: its values sit in their columns, and OGL1009 speaks about it when the report's
    /// edition is not the trial one.
    /// </summary>
    public static bool IsMiscounted(TableRow row) =>
        !row.HasExpectedCount && !(row.Definition.IsGroup && row.Values.Count is Table3Layout.ColumnCount);

    public static HtmlFormCell Absent(int columnSpan = 1) => new(string.Empty, HtmlCellKind.Absent, [], columnSpan);

    private static HtmlFormCell Value(TableValue value, int columnSpan = 1) =>
        new(value.Text, value.Kind == ValueKind.Empty ? HtmlCellKind.Empty : HtmlCellKind.Value, [value.Span], columnSpan);

    private static HtmlFormCell Surplus(IReadOnlyList<TableValue> values) =>
        new(string.Join(" ", values.Select(v => v.Text)), HtmlCellKind.Value, values.Select(v => v.Span).ToArray());
}
