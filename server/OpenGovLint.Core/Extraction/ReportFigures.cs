using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Extraction;

/// <summary>
/// One figure column of the extract: its stable key (<c>t3.new_received.natural_person</c>), its table, and the edition
/// whose form has it (null: both forms; <c>2019</c>: the trial layout's table 2 and single （六）其他处理 row, keyed
/// <c>t2_2019.…</c> and <c>t3.other_handling.…</c>; <c>2021</c>: the current layout's).
/// </summary>
public sealed record FigureColumn(string Key, int Table, RowDefinition Row, int Column, string? Edition = null);

/// <summary>
/// The figures of one report in the extract's stable columns (tables 2–4 of the 2021 layout, spec §2–§4), with what the
/// report says of itself (agency, year, edition). A figure the report does not state readably — a missing row, a row
/// with the wrong number of values, an empty or non-numeric cell — is null and named in <see cref="Missing"/>: never a
/// zero that was not written.
/// </summary>
public sealed record ReportFigures(string? Agency, int? Year, string Edition, IReadOnlyList<decimal?> Values, IReadOnlyList<string> Missing)
{
    private static readonly string[] Table3Columns = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org", "legal_service_org", "other_org", "total"];
    private static readonly string[] Table4Groups = ["review", "litigation_direct", "litigation_after_review"];
    private static readonly string[] Table4Columns = ["upheld", "corrected", "other", "pending", "total"];
    private static readonly string[] Table2FirstBlock = ["issued", "repealed", "in_force"];
    private static readonly Dictionary<string, string[]> TrialTable2Columns = new(StringComparer.Ordinal)
    {
        ["本年新制作数量"] = ["new_made"],
        ["本年新公开数量"] = ["new_published"],
        ["对外公开总数量"] = ["total_published"],
        ["上一年项目数量"] = ["previous_year"],
        [Table2TrialLayout.ChangeColumn] = ["change"],
        ["处理决定数量"] = ["decisions"],
        ["采购项目数量"] = ["items"],
        ["采购总金额"] = ["amount"],
    };

    /// <summary>Every figure column, in the order of the forms.</summary>
    public static IReadOnlyList<FigureColumn> Columns { get; } = BuildColumns();

    public static ReportFigures Of(ReportDocument document)
    {
        var values = new decimal?[Columns.Count];
        var missing = new List<string>();
        int? year = document.Title?.Year ?? document.Period?.StartYear;
        string edition = EditionOf(year);
        for (int i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            ReportTable? table = column.Table switch { 2 => document.Table2, 3 => document.Table3, _ => document.Table4 };
            var row = table?.Row(column.Row.Key);
            if (row?.ValueAt(column.Column) is { HasNumber: true } value)
            {
                values[i] = value.Number;
            }
            else if (Applies(column, edition))
            {
                // Only a figure the report's own form has is missing; another edition's columns are simply empty.
                missing.Add(column.Key);
            }
        }

        return new ReportFigures(document.Title?.Agency, year, edition, values, missing);
    }

    /// <summary>The layout the report's year calls for (spec §7): 2021, 2019 (the trial layout), pre-2019, or empty when the year is unknown.</summary>
    public static string EditionOf(int? year) => year switch
    {
        null => string.Empty,
        >= 2021 => "2021",
        >= 2019 => "2019",
        _ => "pre-2019",
    };

    /// <summary>Whether a report of <paramref name="edition"/> has the column (a report of unknown year is taken for 2021).</summary>
    private static bool Applies(FigureColumn column, string edition) => edition switch
    {
        "pre-2019" => false,
        "2019" => column.Edition != "2021",
        _ => column.Edition != "2019",
    };

    private static List<FigureColumn> BuildColumns()
    {
        var columns = new List<FigureColumn>();
        foreach (var row in Table2Layout.Rows)
        {
            string name = Snake(row.Key);
            for (int c = 0; c < row.ValueCount; c++)
            {
                string column = row.ValueCount == 3 ? Table2FirstBlock[c] : row.Key == Table2Layout.FeeRowKey ? "amount" : "decisions";
                columns.Add(new FigureColumn($"t2.{name}.{column}", 2, row, c, "2021"));
            }
        }

        foreach (var block in Table2TrialLayout.Blocks)
        {
            foreach (var row in block.Rows)
            {
                string name = Snake(row.Key[(row.Key.LastIndexOf('.') + 1)..]);
                for (int c = 0; c < row.ValueCount; c++)
                {
                    columns.Add(new FigureColumn($"t2_2019.{name}.{TrialTable2Columns[block.Columns[c + 1]][0]}", 2, row, c, "2019"));
                }
            }
        }

        foreach (var row in Table3Layout.Rows)
        {
            if (row.ValueCount == 0 || row.IsGroup)
            {
                // The trial layout's （六）其他处理 is one row of figures where the current one has a group.
                if (row.Key == Table3Layout.OtherHandling)
                {
                    for (int c = 0; c < Table3Columns.Length; c++)
                    {
                        columns.Add(new FigureColumn($"t3.{Snake(row.Key)}.{Table3Columns[c]}", 3, Table3Layout.TrialOtherHandling, c, "2019"));
                    }
                }

                continue;
            }

            for (int c = 0; c < Table3Columns.Length; c++)
            {
                columns.Add(new FigureColumn($"t3.{Snake(row.Key)}.{Table3Columns[c]}", 3, row, c, row.GroupKey == Table3Layout.OtherHandling ? "2021" : null));
            }
        }

        for (int c = 0; c < Table4Layout.ValueCount; c++)
        {
            columns.Add(new FigureColumn($"t4.{Table4Groups[c / 5]}.{Table4Columns[c % 5]}", 4, Table4.DataRowDefinition, c));
        }

        return columns;
    }

    /// <summary><c>T3.NewReceived</c> → <c>new_received</c>; <c>T3.Denied.5</c> → <c>denied_5</c>.</summary>
    private static string Snake(string key)
    {
        var sb = new System.Text.StringBuilder();
        string name = key.Contains('.') ? key[(key.IndexOf('.') + 1)..] : key;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c == '.')
            {
                sb.Append('_');
            }
            else if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '.')
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
