using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>The table figure a stated count is compared with: its value, the cells it adds up, and how to name it.</summary>
internal sealed record TableFigure(decimal Value, IReadOnlyList<TableValue> Cells, string TableNumber, string Label)
{
    /// <summary>True for a figure of a pre-2019 report's statistics appendix, which has no table number.</summary>
    public bool FromAppendix { get; init; }

    private static readonly int[] LegalPersonColumns = [1, 2, 3, 4, 5];

    public static decimal? CarriedOverTotal(ReportDocument document) =>
        document.Table3?.Number(Table3Layout.CarriedOver, Table3Layout.TotalColumn);

    /// <summary>The figure for <paramref name="stated"/>, or null when the table does not hold it in readable form.</summary>
    public static TableFigure? For(ReportDocument document, StatedCount stated) => stated.Kind switch
    {
        CountKind.Review => Table4(document, [0], "行政复议 总计"),
        CountKind.Litigation => Table4(document, [1, 2], "行政诉讼 总计（未经复议直接起诉 + 复议后起诉）"),
        CountKind.NaturalPerson => Table3(document, RowKey(stated.Row), [0]),
        CountKind.LegalPerson => Table3(document, RowKey(stated.Row), LegalPersonColumns),
        CountKind.Denied => Group(document, Table3Layout.Denied),
        CountKind.Unable => Group(document, Table3Layout.Unable),
        CountKind.NotProcessed => Group(document, Table3Layout.NotProcessed),
        _ => Table3(document, RowKey(stated.Kind), [Table3Layout.TotalColumn]),
    };

    private static string RowKey(CountKind kind) => kind switch
    {
        CountKind.CarriedOver => Table3Layout.CarriedOver,
        CountKind.Closed => Table3Layout.Total,
        CountKind.Granted => Table3Layout.Granted,
        CountKind.PartiallyGranted => Table3Layout.PartiallyGranted,
        CountKind.CarriedForward => Table3Layout.CarriedForward,
        _ => Table3Layout.NewReceived,
    };

    private static TableFigure? Table3(ReportDocument document, string key, int[] columns)
    {
        var row = document.Table3?.Row(key);
        var cells = columns.Select(c => row?.ValueAt(c)).ToArray();
        if (row is null || cells.Any(c => c is not { HasNumber: true }))
        {
            return null;
        }

        string columnName = columns.Length == 1 ? Table3Layout.Columns[columns[0]] : "法人或其他组织";
        return new TableFigure(cells.Sum(c => c!.Number!.Value), cells!, RuleHelpers.TableNumber(StandardTable.Applications), row.Definition.Label + " · " + columnName);
    }

    /// <summary>A group of table 3 (（三）不予公开 …): the 总计 column of each of its items, added.</summary>
    private static TableFigure? Group(ReportDocument document, string groupKey)
    {
        if (document.Table3 is not { } table)
        {
            return null;
        }

        var cells = new List<TableValue>();
        foreach (var definition in Table3Layout.Rows)
        {
            if (definition.GroupKey != groupKey)
            {
                continue;
            }

            if (table.Row(definition.Key)?.ValueAt(Table3Layout.TotalColumn) is not { HasNumber: true } cell)
            {
                return null;
            }

            cells.Add(cell);
        }

        return cells.Count == 0 ? null : new TableFigure(cells.Sum(c => c.Number!.Value), cells, RuleHelpers.TableNumber(StandardTable.Applications), Table3Layout.Row(groupKey).Label + " · " + Table3Layout.Columns[Table3Layout.TotalColumn]);
    }

    private static TableFigure? Table4(ReportDocument document, int[] groups, string label)
    {
        var cells = groups.Select(g => document.Table4?.ValueAt(g, Table4Layout.GroupSize - 1)).ToArray();
        if (cells.Any(c => c is not { HasNumber: true }))
        {
            return null;
        }

        return new TableFigure(cells.Sum(c => c!.Number!.Value), cells!, RuleHelpers.TableNumber(StandardTable.ReviewLitigation), label);
    }
}
