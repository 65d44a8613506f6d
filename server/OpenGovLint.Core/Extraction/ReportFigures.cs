using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Extraction;

/// <summary>One figure column of the extract: its stable key (<c>t3.new_received.natural_person</c>) and its table.</summary>
public sealed record FigureColumn(string Key, int Table, RowDefinition Row, int Column);

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

    /// <summary>Every figure column, in the order of the forms.</summary>
    public static IReadOnlyList<FigureColumn> Columns { get; } = BuildColumns();

    public static ReportFigures Of(ReportDocument document)
    {
        var values = new decimal?[Columns.Count];
        var missing = new List<string>();
        for (int i = 0; i < Columns.Count; i++)
        {
            var column = Columns[i];
            ReportTable? table = column.Table switch { 2 => document.Table2, 3 => document.Table3, _ => document.Table4 };
            var row = table?.Row(column.Row.Key);
            if (row?.ValueAt(column.Column) is { HasNumber: true } value)
            {
                values[i] = value.Number;
            }
            else
            {
                missing.Add(column.Key);
            }
        }

        int? year = document.Title?.Year ?? document.Period?.StartYear;
        return new ReportFigures(document.Title?.Agency, year, EditionOf(year), values, missing);
    }

    /// <summary>The layout the report's year calls for (spec §7): 2021, 2019 (the trial layout), pre-2019, or empty when the year is unknown.</summary>
    public static string EditionOf(int? year) => year switch
    {
        null => string.Empty,
        >= 2021 => "2021",
        >= 2019 => "2019",
        _ => "pre-2019",
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
                columns.Add(new FigureColumn($"t2.{name}.{column}", 2, row, c));
            }
        }

        foreach (var row in Table3Layout.Rows)
        {
            if (row.ValueCount == 0 || row.IsGroup)
            {
                continue;
            }

            for (int c = 0; c < Table3Columns.Length; c++)
            {
                columns.Add(new FigureColumn($"t3.{Snake(row.Key)}.{Table3Columns[c]}", 3, row, c));
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
        string name = key[(key.IndexOf('.') + 1)..];
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
