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

        var block = Table2Layout.Blocks.FirstOrDefault(b => b.Rows.Any(r => r.Key == row.Key));
        return block is not null && column + 1 < block.Columns.Count ? block.Columns[column + 1] : (column + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>True when the document writes its headings as Markdown headings, so inserted headings should too.</summary>
    public static bool UsesMarkdownHeadings(ReportDocument document) =>
        document.Sections.Any(s => s.IsMarkdownHeading);
}
