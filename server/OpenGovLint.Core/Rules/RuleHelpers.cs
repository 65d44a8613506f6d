using System.Globalization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules;

/// <summary>Small helpers the rules share: number writing, table and column names.</summary>
internal static class RuleHelpers
{
    public static string Number(decimal value) => Analysis.TableRelations.Number(value);

    public static string Sum(IEnumerable<decimal> terms) => string.Join("+", terms.Select(Number));

    public static string TableName(RuleContext context, StandardTable table) => context.Shared($"Table{(int)table}_Name");

    /// <summary>The Chinese number of a table as the form names it (表二, 表三, 表四).</summary>
    public static string TableNumber(StandardTable table) => Ordinals.ToChinese((int)table);

    /// <summary>The column headers of a row's values, for messages.</summary>
    public static string ColumnName(TableRow row, int column)
    {
        if (row.Key.StartsWith("T3.", StringComparison.Ordinal))
        {
            return column < Table3Layout.Columns.Count ? Table3Layout.Columns[column] : (column + 1).ToString(CultureInfo.InvariantCulture);
        }

        if (row.Key == Table4.DataRowDefinition.Key)
        {
            return column < Table4Layout.ValueCount ? Table4Layout.ColumnHeader(column) : (column + 1).ToString(CultureInfo.InvariantCulture);
        }

        var block = Table2Layout.BlockOf(row.Definition);
        return block is not null && column + 1 < block.Columns.Count ? block.Columns[column + 1] : (column + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The name of an edition's layout, for messages: 2019 年试行格式（国办公开办函〔2019〕60号）…</summary>
    public static string EditionName(RuleContext context, ReportEdition edition) => context.Shared("Edition_" + edition);

    /// <summary>
    /// A note for messages about a row of the trial layout (a row of the trial table 2, the single-row （六）), so that the
    /// author knows which form the finding measures against; empty for a 2021 row.
    /// </summary>
    public static string LayoutNote(RuleContext context, RowDefinition definition, ReportTable? table = null)
    {
        bool trial = definition.Edition == ReportEdition.Trial2019
            || (table is Table3 { LayoutEdition: TableEdition.Trial2019 } && definition.Key == Table3Layout.OtherHandling);
        return trial ? context.Shared("LayoutNote_Trial2019") : string.Empty;
    }

    /// <summary>True when the document writes its headings as Markdown headings, so inserted headings should too.</summary>
    public static bool UsesMarkdownHeadings(ReportDocument document) =>
        document.Sections.Any(s => s.IsMarkdownHeading);
}
