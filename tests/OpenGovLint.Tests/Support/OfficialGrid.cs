using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The three tables as a word processor pastes the official form: one row of cells per form row, merged cells
/// flattened (a merged label in its first row, empty cells below and beside it; header rows of unequal width) — the
/// shapes of spec §5 (samples 001, 002, 004).
/// </summary>
internal static class OfficialGrid
{
    public static List<string[]> Table2(GeneratedReport report, Func<string, string> label)
    {
        var rows = new List<string[]>();
        foreach (var block in Table2Layout.Blocks)
        {
            int width = block.Columns.Count;
            rows.Add([block.Caption, .. Enumerable.Repeat(string.Empty, 3)]);
            rows.Add([.. block.Columns, .. Enumerable.Repeat(string.Empty, 4 - width)]);
            foreach (var row in block.Rows)
            {
                rows.Add([label(row.Label), .. report.Row2(row.Key).Select(Figures.Format), .. Enumerable.Repeat(string.Empty, 4 - width)]);
            }
        }

        return rows;
    }

    public static List<string[]> Table3(GeneratedReport report, Func<string, string> label)
    {
        var rows = new List<string[]>
        {
            new[] { Table3Layout.Note, string.Empty, "申请人情况", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty },
            new[] { string.Empty, string.Empty, "自然人", "法人或其他组织", string.Empty, string.Empty, string.Empty, string.Empty, "总计" },
            new[] { string.Empty, string.Empty, string.Empty, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", string.Empty },
        };

        // Merged label cells: 三、本年度办理结果 in the first result row, a group label in its first item's row.
        string pendingResults = string.Empty, pendingGroup = string.Empty;
        foreach (var definition in Table3Layout.Rows)
        {
            if (definition.IsGroup)
            {
                if (definition.Key == Table3Layout.Results)
                {
                    pendingResults = label(definition.Label);
                }
                else
                {
                    pendingGroup = label(definition.Label);
                }

                continue;
            }

            string[] values = report.Row3(definition.Key).Select(Figures.Format).ToArray();
            string[] labels = definition.GroupKey switch
            {
                null => [label(definition.Label), string.Empty],
                Table3Layout.Results => [pendingResults, label(definition.Label)],
                _ => [pendingResults, pendingGroup, label(definition.Label)],
            };
            rows.Add([.. labels, .. values]);
            pendingResults = string.Empty;
            pendingGroup = string.Empty;
        }

        return rows;
    }

    public static List<string[]> Table4(GeneratedReport report)
    {
        string[] empty4 = [string.Empty, string.Empty, string.Empty, string.Empty];
        return
        [
            ["行政复议", .. empty4, "行政诉讼", .. empty4, .. empty4, string.Empty],
            [.. Table4Layout.GroupColumns, "未经复议直接起诉", .. empty4, "复议后起诉", .. empty4],
            [.. empty4, string.Empty, .. Table4Layout.GroupColumns, .. Table4Layout.GroupColumns],
            report.Table4.Values.Select(Figures.Format).ToArray(),
        ];
    }
}
