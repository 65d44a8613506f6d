using System.Globalization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Server.Features;

/// <summary>Which relation a total belongs to.</summary>
public enum SumKind
{
    /// <summary>Table 3: a row's 总计 = 自然人 + the five kinds of 法人或其他组织.</summary>
    Table3Row,

    /// <summary>Table 3: a column's （七）总计 = the results （一） to （六）.</summary>
    Table3Results,

    /// <summary>Table 4: a group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
    Table4Group,
}

/// <summary>A total cell and the cells it should add up to, all holding numbers.</summary>
public sealed record TableSum(SumKind Kind, string Label, TableValue Total, IReadOnlyList<TableValue> Parts)
{
    public decimal Sum => Parts.Sum(p => p.Number!.Value);

    public bool Holds => Total.Number == Sum;
}

/// <summary>
/// The sums of tables 3 and 4 computed from the report model, for hover and code lens. They follow
/// the relations the consistency rules check (OGL3001–OGL3004) and, like them, leave out rows
/// that are malformed or hold a non-number, since those have their own findings.
/// </summary>
public static class TableArithmetic
{
    public static IReadOnlyList<TableSum> Sums(ReportDocument document)
    {
        var sums = new List<TableSum>();
        if (document.Table3 is { } table3)
        {
            sums.AddRange(Table3Rows(table3));
            sums.AddRange(Table3Results(table3));
        }

        if (document.Table4 is { DataRow.HasExpectedCount: true } table4)
        {
            for (int group = 0; group < Table4Layout.Groups.Count; group++)
            {
                int g = group;
                if (Make(SumKind.Table4Group, Table4Layout.Groups[g], table4.ValueAt(g, Table4Layout.GroupSize - 1), Enumerable.Range(0, Table4Layout.GroupSize - 1).Select(c => table4.ValueAt(g, c))) is { } sum)
                {
                    sums.Add(sum);
                }
            }
        }

        return sums;
    }

    /// <summary>The 勾稽关系 per column: (checked, holding) over the columns whose four cells hold numbers.</summary>
    public static (int Checked, int Holding) Balance(Table3 table)
    {
        int checkedCount = 0, holding = 0;
        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            var values = new[] { Table3Layout.NewReceived, Table3Layout.CarriedOver, Table3Layout.Total, Table3Layout.CarriedForward }
                .Select(key => table.Number(key, column))
                .ToArray();
            if (values.Any(v => v is null))
            {
                continue;
            }

            checkedCount++;
            if (values[0] + values[1] == values[2] + values[3])
            {
                holding++;
            }
        }

        return (checkedCount, holding);
    }

    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    private static IEnumerable<TableSum> Table3Rows(Table3 table)
    {
        foreach (var row in table.RowList)
        {
            if (row.Values.Count == Table3Layout.ColumnCount
                && Make(SumKind.Table3Row, row.Label.Text, row.Values[Table3Layout.TotalColumn], row.Values.Take(Table3Layout.TotalColumn)) is { } sum)
            {
                yield return sum;
            }
        }
    }

    private static IEnumerable<TableSum> Table3Results(Table3 table)
    {
        if (table.Row(Table3Layout.Total) is not { HasExpectedCount: true } total || ResultRows(table) is not { } parts)
        {
            yield break;
        }

        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            int c = column;
            if (Make(SumKind.Table3Results, Table3Layout.Columns[c], total.ValueAt(c), parts.Select(r => r.Values[c])) is { } sum)
            {
                yield return sum;
            }
        }
    }

    // The rows that add up to （七）总计, as OGL3002 reads them: a 2019-style single （六）其他处理 row stands for its items.
    private static List<TableRow>? ResultRows(Table3 table)
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

    private static TableSum? Make(SumKind kind, string label, TableValue? total, IEnumerable<TableValue?> parts)
    {
        if (total is not { HasNumber: true })
        {
            return null;
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

        return new TableSum(kind, label, total, list);
    }
}
