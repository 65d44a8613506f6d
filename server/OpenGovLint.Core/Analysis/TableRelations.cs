using System.Globalization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Analysis;

/// <summary>Which relation a total belongs to (spec §3–4).</summary>
public enum SumKind
{
    /// <summary>R3.1, table 3: a row's 总计 = 自然人 + the five kinds of 法人或其他组织.</summary>
    Table3Row,

    /// <summary>R3.2, table 3: a column's （七）总计 = the results （一） to （六）.</summary>
    Table3Results,

    /// <summary>R4.1, table 4: a group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
    Table4Group,
}

/// <summary>A total cell and the cells it should add up to, every one holding a number.</summary>
public sealed record TableSum(SumKind Kind, string Label, TableValue Total, IReadOnlyList<TableValue> Parts, IReadOnlyList<string> PartNames)
{
    /// <summary>The sum of the parts, added once: rules read it for the check, the message and the fix.</summary>
    public decimal Sum { get; } = Add(Parts);

    public bool Holds => Total.Number == Sum;

    private static decimal Add(IReadOnlyList<TableValue> parts)
    {
        decimal sum = 0;
        for (int i = 0; i < parts.Count; i++)
        {
            sum += parts[i].Number!.Value;
        }

        return sum;
    }
}

/// <summary>R3.3, the 勾稽关系 of one table-3 column: 一 + 二 = 三（七）总计 + 四.</summary>
public sealed record BalanceCheck(int Column, TableValue Received, TableValue CarriedOver, TableValue Total, TableValue CarriedForward)
{
    public decimal Left => Received.Number!.Value + CarriedOver.Number!.Value;

    public decimal Right => Total.Number!.Value + CarriedForward.Number!.Value;

    public bool Holds => Left == Right;
}

/// <summary>
/// The relations the figures of tables 3 and 4 must satisfy, computed from the report model. The consistency rules
/// (OGL3001–OGL3004) report the ones that fail; the language server shows all of them in hovers and code lenses. Only
/// well-formed rows whose cells all hold numbers take part, so a defect a table rule reports (a wrong value count, an
/// invalid or empty value) does not cascade into sum findings.
/// </summary>
public static class TableRelations
{
    public static IReadOnlyList<TableSum> Sums(ReportDocument document)
    {
        var sums = new List<TableSum>();
        if (document.Table3 is { } table3)
        {
            sums.AddRange(RowTotals(table3));
            sums.AddRange(ResultsTotals(table3));
        }

        if (document.Table4 is { } table4)
        {
            sums.AddRange(GroupTotals(table4));
        }

        return sums;
    }

    /// <summary>R3.1 for every row of table 3 with seven numbers (a 2019-style （六）其他处理 row included).</summary>
    public static IEnumerable<TableSum> RowTotals(Table3 table, bool failingOnly = false)
    {
        foreach (var row in table.RowList)
        {
            if (row.Values.Count == Table3Layout.ColumnCount
                && Make(SumKind.Table3Row, row.Label.Text, row.Values[Table3Layout.TotalColumn], row.Values.Take(Table3Layout.TotalColumn), Table3Layout.Columns, failingOnly) is { } sum)
            {
                yield return sum;
            }
        }
    }

    /// <summary>R3.2 for every column, when （七）总计 and every result row are there and well formed.</summary>
    public static IEnumerable<TableSum> ResultsTotals(Table3 table, bool failingOnly = false)
    {
        if (table.Row(Table3Layout.Total) is not { HasExpectedCount: true } total || ResultRows(table) is not { } parts)
        {
            yield break;
        }

        var names = parts.Select(r => r.Label.Text).ToArray();
        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            int c = column;
            if (Make(SumKind.Table3Results, Table3Layout.Columns[c], total.ValueAt(c), parts.Select(r => r.Values[c]), names, failingOnly) is { } sum)
            {
                yield return sum;
            }
        }
    }

    /// <summary>R4.1 for each of the three groups of table 4.</summary>
    public static IEnumerable<TableSum> GroupTotals(Table4 table)
    {
        if (table.DataRow is not { HasExpectedCount: true })
        {
            yield break;
        }

        for (int group = 0; group < Table4Layout.Groups.Count; group++)
        {
            int g = group;
            var parts = Enumerable.Range(0, Table4Layout.GroupSize - 1).Select(c => table.ValueAt(g, c));
            if (Make(SumKind.Table4Group, Table4Layout.Groups[g], table.ValueAt(g, Table4Layout.GroupSize - 1), parts, Table4Layout.GroupColumns) is { } sum)
            {
                yield return sum;
            }
        }
    }

    /// <summary>R3.3 for every column whose four cells hold numbers.</summary>
    public static IEnumerable<BalanceCheck> Balances(Table3 table)
    {
        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            if (Value(table, Table3Layout.NewReceived, column) is { } received
                && Value(table, Table3Layout.CarriedOver, column) is { } carriedOver
                && Value(table, Table3Layout.Total, column) is { } total
                && Value(table, Table3Layout.CarriedForward, column) is { } carriedForward)
            {
                yield return new BalanceCheck(column, received, carriedOver, total, carriedForward);
            }
        }
    }

    /// <summary>The rows that add up to （七）总计; a 2019-style single （六）其他处理 row stands for its three items.</summary>
    public static IReadOnlyList<TableRow>? ResultRows(Table3 table)
    {
        var rows = new List<TableRow>();
        bool legacyOther = table.Row(Table3Layout.OtherHandling) is { Values.Count: Table3Layout.ColumnCount };
        foreach (var definition in Table3Layout.ResultRows)
        {
            if (legacyOther && definition.GroupKey == Table3Layout.OtherHandling)
            {
                continue;
            }

            if (table.Row(definition.Key) is not { HasExpectedCount: true } row)
            {
                return null;
            }

            rows.Add(row);
        }

        if (legacyOther)
        {
            rows.Add(table.Row(Table3Layout.OtherHandling)!);
        }

        return rows;
    }

    /// <summary>A figure as the messages write it: no trailing zeros, invariant digits.</summary>
    /// <summary>A figure as the messages write it: 12, 12.5 (never 12.0 or 1.2E+1). Whole numbers, nearly all of them, take the fast path.</summary>
    public static string Number(decimal value) =>
        value == decimal.Truncate(value) && value is >= long.MinValue and <= long.MaxValue
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.############", CultureInfo.InvariantCulture);

    private static TableValue? Value(Table3 table, string key, int column) =>
        table.Row(key)?.ValueAt(column) is { HasNumber: true } value ? value : null;

    private static TableSum? Make(SumKind kind, string label, TableValue? total, IEnumerable<TableValue?> parts, IReadOnlyList<string> names, bool failingOnly = false)
    {
        if (total is not { HasNumber: true })
        {
            return null;
        }

        // Most sums hold: a rule that reports only the failing ones learns that without building the sum.
        if (failingOnly)
        {
            decimal added = 0;
            foreach (var part in parts)
            {
                if (part is not { HasNumber: true })
                {
                    return null;
                }

                added += part.Number!.Value;
            }

            if (added == total.Number)
            {
                return null;
            }
        }

        var list = new List<TableValue>();
        foreach (var part in parts)
        {
            if (part is not { HasNumber: true })
            {
                return null;
            }

            list.Add(part);
        }

        return new TableSum(kind, label, total, list, names);
    }
}
