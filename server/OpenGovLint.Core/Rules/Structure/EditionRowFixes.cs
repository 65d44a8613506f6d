using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>
/// The lossless conversion of table 3's （六）其他处理 between the editions (OGL1009): when every figure is zero, the trial
/// layout's single row and the 2021 layout's group of three items say the same, so either can be written as the other.
/// Any other figure would have to be split among the items or summed away, which changes what the author wrote, so no
/// fix is offered then. The rows are rewritten in the shape the table was pasted in, only where they take their lines
/// whole. The fix is unsafe, lossless as it is: it writes figures into rows the author did not fill.
/// </summary>
internal static class EditionRowFixes
{
    public static IReadOnlyList<CodeFix> OtherHandling(RuleContext context, Table3 table, ReportEdition edition)
    {
        var group = table.Row(Table3Layout.OtherHandling);
        var items = table.OtherHandlingItems.ToArray();
        List<TableRow> rows;
        List<List<string>> lines;
        string title;
        var zeros = Enumerable.Repeat("0", Table3Layout.ColumnCount).ToList();
        if (edition == ReportEdition.Edition2021 && group is not null && table.HasLegacyOtherHandlingRow && items.Length == 0 && AllZero(group))
        {
            rows = [group];
            lines = [[group.Definition.Label], .. Table3Layout.Rows.Where(r => r.GroupKey == Table3Layout.OtherHandling).Select(r => (List<string>)[r.Label, .. zeros])];
            title = context.Message("FixItems");
        }
        else if (edition == ReportEdition.Trial2019 && !table.HasLegacyOtherHandlingRow && items.Length == 3 && items.All(AllZero))
        {
            rows = group is null ? [.. items] : [group, .. items];
            lines = [[Table3Layout.Row(Table3Layout.OtherHandling).Label, .. zeros]];
            title = context.Message("FixSingleRow");
        }
        else
        {
            return [];
        }

        rows.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var text = context.Text;
        var span = TextSpan.FromBounds(text.GetLineStart(rows[0].Label.Line), text.GetLineSpan(text.GetLineFromPosition(rows[^1].Span.End)).End);
        if (!TakesItsLines(text, span, rows) || Write(table.Shape, lines, text.DominantLineBreak) is not { } replacement)
        {
            return [];
        }

        return [context.Fix(FixApplicability.Unsafe, title, new TextEdit(span, replacement))];
    }

    private static bool AllZero(TableRow row) =>
        row.Values.Count == Table3Layout.ColumnCount && row.Reading != RowReading.Unresolved && row.Values.All(v => v is { HasNumber: true, Number: 0 });

    /// <summary>True when the lines of <paramref name="span"/> hold nothing but the rows' cells, pipes and blanks.</summary>
    private static bool TakesItsLines(SourceText text, TextSpan span, List<TableRow> rows)
    {
        var cells = rows.SelectMany(r => r.Values.Select(v => v.Span).Prepend(r.Label.Span)).ToArray();
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '|' || cells.Any(s => s.Contains(i)))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>The rows written in the table's shape; null for a shape whose rows are not lines (flattened text).</summary>
    private static string? Write(TableShape shape, List<List<string>> rows, string lineBreak) => shape switch
    {
        TableShape.PipeTable or TableShape.PipeRowsWithoutDelimiter =>
            string.Join(lineBreak, rows.Select(r => "| " + string.Join(" | ", Pad(r)) + " |")),
        TableShape.TabSeparated => string.Join(lineBreak, rows.Select(r => string.Join("\t", r))),
        TableShape.CellPerLine => string.Join(lineBreak, rows.SelectMany(r => r)),
        TableShape.CellPerLineWithPipe => string.Join(lineBreak, rows.SelectMany(r => r).Select(c => c + " |")),
        _ => null,
    };

    /// <summary>A group row in a pipe table keeps its empty value cells, as the canonical layout writes it.</summary>
    private static IEnumerable<string> Pad(List<string> row) =>
        row.Count == 1 ? row.Concat(Enumerable.Repeat(string.Empty, Table3Layout.ColumnCount)) : row;
}
