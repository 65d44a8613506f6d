using OpenGovLint.Core.Model;

namespace OpenGovLint.Cli.Output;

/// <summary>
/// Lays out the three tables as the official form prints them — the 2021 form (国办公开办函〔2021〕30号), or the trial form
/// (国办公开办函〔2019〕60号) for a table that follows it: every standard row in the form's order, present or not, with the
/// values the model holds. Rows are matched by key, never by position.
/// </summary>
internal static class HtmlForms
{
    /// <summary>
    /// Table 2: its blocks, each with its caption and a 信息内容 header — the 2021 form's four, or the trial form's five
    /// (a table that mixes the two shows each block in the edition its rows follow); blocks with fewer columns than three
    /// stretch their last column.
    /// </summary>
    public static HtmlForm Table2(Table2? table, HtmlText text, ReportEdition edition = Editions.Current)
    {
        const int width = 3;
        var body = new List<HtmlFormRow>();
        var layout = table?.LayoutEdition.AsReportEdition() ?? (table?.LayoutEdition == TableEdition.Mixed ? null : edition == ReportEdition.Trial2019 ? edition : Editions.Current);
        foreach (var block in Blocks(table, layout))
        {
            body.Add(new HtmlFormRow([HtmlFormCell.Header(block.Caption, width + 1)], CssClass: "block"));
            var headers = new List<HtmlFormCell> { HtmlFormCell.Header(block.Columns[0]) };
            int columns = block.Columns.Count - 1;
            headers.AddRange(block.Columns.Skip(1).Select((c, i) => HtmlFormCell.Header(c, i == columns - 1 ? width - columns + 1 : 1)));
            body.Add(new HtmlFormRow(headers, CssClass: "columns"));
            foreach (var definition in block.Rows)
            {
                body.AddRange(DataRows(definition, table?.RowList, text, width, level: 0));
            }
        }

        AddUnknownRows(body, table, text, width, hasLabelColumn: true);
        return new HtmlForm(2, table, HasLabelColumn: true, width, [], body) { Layout = layout == ReportEdition.Trial2019 ? layout : null };
    }

    /// <summary>
    /// The blocks to draw: those of <paramref name="layout"/>; for a mixed table (no single layout), each caption's block
    /// in the edition its rows follow.
    /// </summary>
    private static IEnumerable<Table2Block> Blocks(Table2? table, ReportEdition? layout)
    {
        if (layout is { } single)
        {
            return Table2Layout.BlocksOf(single);
        }

        var rows = table?.RowList.Select(r => r.Definition).ToHashSet() ?? [];
        return Table2TrialLayout.Blocks.Select(trial =>
            trial.Rows.Any(rows.Contains) || Table2Layout.Blocks.FirstOrDefault(b => b.CaptionKey == trial.CaptionKey) is not { } current ? trial : current);
    }

    /// <summary>
    /// Table 3: the 申请人情况 header over 自然人 · 法人或其他组织 {five kinds} · 总计, labels indented by group; （六）其他处理 one
    /// row of figures in the trial form, a group of three items in the 2021 form.
    /// </summary>
    public static HtmlForm Table3(Table3? table, HtmlText text, ReportEdition edition = Editions.Current)
    {
        var layout = table?.LayoutEdition.AsReportEdition() ?? (edition == ReportEdition.Trial2019 ? edition : Editions.Current);
        const int width = Table3Layout.ColumnCount;
        var columns = Table3Layout.Columns;
        HtmlFormRow[] head =
        [
            new([HtmlFormCell.Header(Table3Layout.Note, rowSpan: 3), HtmlFormCell.Header(Table3Layout.GroupHeaders[0], width)], CssClass: "note-row"),
            new([HtmlFormCell.Header(columns[0], rowSpan: 2), HtmlFormCell.Header(Table3Layout.GroupHeaders[1], 5), HtmlFormCell.Header(columns[Table3Layout.TotalColumn], rowSpan: 2)]),
            new(columns.Skip(1).Take(5).Select(c => HtmlFormCell.Header(c)).ToArray()),
        ];

        var body = new List<HtmlFormRow>();
        foreach (var definition in Table3Layout.RowsOf(layout))
        {
            body.AddRange(DataRows(definition, table?.RowList, text, width, Depth(definition)));
        }

        AddUnknownRows(body, table, text, width, hasLabelColumn: true);
        return new HtmlForm(3, table, HasLabelColumn: true, width, head, body) { Layout = layout == ReportEdition.Trial2019 ? layout : null };
    }

    /// <summary>Table 4: 行政复议 {5} · 行政诉讼 {未经复议直接起诉 {5} · 复议后起诉 {5}} over one row of 15 values.</summary>
    public static HtmlForm Table4(Table4? table, HtmlText text)
    {
        const int width = Table4Layout.ValueCount;
        const int group = Table4Layout.GroupSize;
        HtmlFormRow[] head =
        [
            new([HtmlFormCell.Header(Table4Layout.Groups[0], group, rowSpan: 2), HtmlFormCell.Header("行政诉讼", 2 * group)]),
            new([HtmlFormCell.Header(Table4Layout.Groups[1], group), HtmlFormCell.Header(Table4Layout.Groups[2], group)]),
            new(Enumerable.Range(0, width).Select(i => HtmlFormCell.Header(Table4Layout.GroupColumns[i % group])).ToArray()),
        ];

        // The data row's label is the table's first header cell, which the form shows as its header: no label column.
        var row = table?.DataRow;
        var cells = HtmlFormCells.Values(Core.Model.Table4.DataRowDefinition, row, width);
        var body = new List<HtmlFormRow>
        {
            new(cells, Core.Model.Table4.DataRowDefinition.Key, RowClass(Core.Model.Table4.DataRowDefinition, row)),
        };
        AddUnknownRows(body, table, text, width, hasLabelColumn: false);
        return new HtmlForm(4, table, HasLabelColumn: false, width, head, body);
    }

    /// <summary>The rows read for one standard row (several if the report repeats it), or one row marked missing.</summary>
    private static IEnumerable<HtmlFormRow> DataRows(RowDefinition definition, IReadOnlyList<TableRow>? rows, HtmlText text, int width, int level)
    {
        var found = rows?.Where(r => r.Key == definition.Key).ToArray() ?? [];
        if (found.Length == 0)
        {
            yield return Row(definition, null, text, width, level);
        }

        foreach (var row in found)
        {
            yield return Row(definition, row, text, width, level);
        }
    }

    private static HtmlFormRow Row(RowDefinition definition, TableRow? row, HtmlText text, int width, int level)
    {
        var cells = new List<HtmlFormCell> { HtmlFormCells.Label(definition, row, text, level) };
        if (definition.ValueCount is > 1 and var count && count < width)
        {
            // A trial block of two columns under a form three wide: its last column takes the rest.
            var values = HtmlFormCells.Values(definition, row, count).ToList();
            values[^1] = values[^1] with { ColumnSpan = values[^1].ColumnSpan + width - count };
            cells.AddRange(values);
        }
        else
        {
            cells.AddRange(HtmlFormCells.Values(definition, row, width));
        }

        return new HtmlFormRow(cells, definition.Key, RowClass(definition, row));
    }

    private static string? RowClass(RowDefinition definition, TableRow? row)
    {
        if (definition.IsGroup && (row is null || row.Values.Count == 0))
        {
            return "group";
        }

        if (row is null)
        {
            return "missing";
        }

        return HtmlFormCells.IsMiscounted(row) ? "miscount" : null;
    }

    /// <summary>Rows whose label matches no standard row (OGL2009): shown after the form with their label as written.</summary>
    private static void AddUnknownRows(List<HtmlFormRow> body, ReportTable? table, HtmlText text, int width, bool hasLabelColumn)
    {
        foreach (var label in table?.UnknownLabels ?? [])
        {
            var cell = new HtmlFormCell(label.Text, HtmlCellKind.Label, [label.Span], hasLabelColumn ? 1 : width) { Note = text.UnknownRow };
            body.Add(new HtmlFormRow(hasLabelColumn ? [cell, HtmlFormCells.Absent(width)] : [cell], CssClass: "unknown"));
        }
    }

    /// <summary>0 for 一、 二、 三、 四、, 1 for （一）…（七）, 2 for the numbered items under a group.</summary>
    private static int Depth(RowDefinition definition) =>
        definition.GroupKey is null ? 0 : 1 + Depth(Table3Layout.Row(definition.GroupKey));
}
