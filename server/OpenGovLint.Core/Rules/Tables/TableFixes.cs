using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>The fixes that write whole tables or rows in the canonical layout.</summary>
internal static class TableFixes
{
    /// <summary>OGL2001: the standard table with blank value cells, right after its part's heading.</summary>
    public static IReadOnlyList<CodeFix> InsertEmptyTable(RuleContext context, StandardTable table, Section? section)
    {
        if (section is null)
        {
            return []; // OGL1001's fix inserts the heading first; the table follows on the next pass.
        }

        var text = context.Text;
        string lineBreak = text.DominantLineBreak;

        // The table of the report's own edition: a 2020 report gets the trial layout's table.
        string body = CanonicalTableWriter.Write(table, context.Document.Edition.Edition, (row, column) => column < row.ValueCount ? string.Empty : null, lineBreak);
        int insertAt = text.GetFullLineSpan(section.Line).End;
        bool headingEndsLine = insertAt > 0 && text[insertAt - 1] is '\n' or '\r';
        string insertion = (headingEndsLine ? string.Empty : lineBreak) + lineBreak + body + lineBreak + lineBreak;
        return [context.Fix(FixApplicability.Safe, context.Message("Fix"), TextEdit.Insert(insertAt, insertion))];
    }

    /// <summary>OGL2002: the same labels (canonical where recognised) and the same values, as a pipe table.</summary>
    public static IReadOnlyList<CodeFix> RewriteAsPipeTable(RuleContext context, ReportTable table)
    {
        // A table inside a line of flattened text is not rewritten in place: the text around it would stay flattened, and
        // the next reading of the line would no longer see the report's structure. Converting the report does it whole.
        if (!CanRewriteWithoutLoss(table) || !OwnsItsLines(context.Text, table))
        {
            return [];
        }

        // Writing the table is the costly part: done when the fix is applied or shown, not for every finding.
        var text = context.Text;
        return [new CodeFix(context.Message("Fix"), FixApplicability.Safe, () => [PipeTableEdit(text, table)])];
    }

    /// <summary>
    /// The table in the canonical layout of spec §6 with its figures as written, or null when its figures cannot all be
    /// placed in their columns. Also what <c>convert</c> writes for each standard table.
    /// </summary>
    internal static string? CanonicalBody(ReportTable table, string lineBreak) => CanRewriteWithoutLoss(table) ? Body(table, lineBreak) : null;

    private static TextEdit PipeTableEdit(SourceText text, ReportTable table)
    {
        string lineBreak = text.DominantLineBreak;
        string body = Body(table, lineBreak);
        var span = TextSpan.FromBounds(text.GetLineStart(table.StartLine), text.GetLineSpan(table.EndLine).End);
        bool blankBefore = table.StartLine == 0 || text.GetLineSpan(table.StartLine - 1).IsEmpty;
        bool blankAfter = table.EndLine + 1 >= text.LineCount || text.GetLineSpan(table.EndLine + 1).IsEmpty;
        string replacement = (blankBefore ? string.Empty : lineBreak) + body + (blankAfter ? string.Empty : lineBreak);
        return new TextEdit(span, replacement);
    }

    private static string Body(ReportTable table, string lineBreak)
    {
        var rows = table.Rows.ToDictionary(r => r.Key);
        var edition = CanonicalTableWriter.EditionOf(table);
        string body = CanonicalTableWriter.Write(table.Kind, edition, (definition, column) =>
        {
            if (!rows.TryGetValue(definition.Key, out var row))
            {
                // A standard row the table lacks stays absent (OGL2004 reports it); only group rows are always written.
                return definition.IsGroup || column >= definition.ValueCount ? null : string.Empty;
            }

            return column < row.Values.Count ? row.Values[column].Text : null;
        }, lineBreak);
        return DropAbsentRows(body, table, rows, lineBreak, edition);
    }

    /// <summary>True when the table takes its lines whole, from the first one's content to the last one's end.</summary>
    public static bool OwnsItsLines(SourceText text, ReportTable table)
    {
        var first = text.GetLineSpan(table.StartLine);
        var last = text.GetLineSpan(table.EndLine);
        return text.AsSpan(TextSpan.FromBounds(first.Start, Math.Max(first.Start, table.Span.Start))).IsWhiteSpace()
            && text.AsSpan(TextSpan.FromBounds(Math.Min(table.Span.End, last.End), last.End)).IsWhiteSpace();
    }

    /// <summary>OGL2004: a row of zeros before the next row that is there; only in a pipe table, where a row is a line.</summary>
    /// <param name="valueRow">A group label that the table's layout fills with figures: the trial layout's （六）其他处理.</param>
    public static IReadOnlyList<CodeFix> InsertRow(RuleContext context, ReportTable table, RowDefinition missing, TableRow? next, bool valueRow = false)
    {
        if (table.Shape != TableShape.PipeTable)
        {
            return [];
        }

        var text = context.Text;
        string lineBreak = text.DominantLineBreak;
        int columns = table.Kind == StandardTable.Applications ? Table3Layout.ColumnCount : missing.ValueCount;
        var cells = new List<string> { missing.Label };
        for (int i = 0; i < columns; i++)
        {
            cells.Add(missing.IsGroup && !valueRow ? string.Empty : "0");
        }

        string line = "| " + string.Join(" | ", cells) + " |";
        int insertAt;
        string insertion;
        if (next is not null)
        {
            insertAt = text.GetLineStart(next.Label.Line);
            insertion = line + lineBreak;
        }
        else
        {
            var last = table.Rows.LastOrDefault();
            if (last is null)
            {
                return [];
            }

            insertAt = text.GetLineSpan(text.GetLineFromPosition(last.Span.End)).End;
            insertion = lineBreak + line;
        }

        return [context.Fix(FixApplicability.Unsafe, context.Message("Fix", missing.Label), TextEdit.Insert(insertAt, insertion))];
    }

    /// <summary>
    /// A rewrite must carry every cell over. It is offered only when every value cell belongs to a recognised row, no
    /// row is unknown and the table follows one edition's layout (it is written in that layout); otherwise something
    /// could be lost.
    /// </summary>
    private static bool CanRewriteWithoutLoss(ReportTable table)
    {
        if (table.UnknownLabels.Count > 0 || table.LayoutEdition == TableEdition.Mixed)
        {
            return false;
        }

        var rows = table.RowList;
        int count = rows.Count;
        for (int i = 0; i < rows.Count; i++)
        {
            count += rows[i].Values.Count;
        }

        var placed = new HashSet<TextSpan>(count);
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Reading == RowReading.Unresolved || (table.Damage != TableDamage.None && !rows[i].Definition.IsGroup && !rows[i].HasExpectedCount))
            {
                return false; // figures whose columns are not known cannot be written into columns
            }

            placed.Add(rows[i].Label.Span);
            var values = rows[i].Values;
            if (rows[i].Reading == RowReading.Split && values.Count > 0)
            {
                placed.Add(TextSpan.FromBounds(values[0].Span.Start, values[^1].Span.End)); // the run the figures were split from
            }

            for (int j = 0; j < values.Count; j++)
            {
                placed.Add(values[j].Span);
            }
        }

        foreach (var cell in table.Cells)
        {
            if (!cell.IsEmpty && !placed.Contains(cell.Span))
            {
                return false;
            }
        }

        return true;
    }

    // The writer emits every standard row; rows the pasted table did not have are left out again (OGL2004 reports them).
    private static string DropAbsentRows(string body, ReportTable table, Dictionary<string, TableRow> rows, string lineBreak, ReportEdition edition)
    {
        var absent = CanonicalTableWriter.RowsOf(table.Kind, edition).Where(d => !rows.ContainsKey(d.Key)).Select(d => "| " + d.Label + " |").ToHashSet();
        if (absent.Count == 0)
        {
            return body;
        }

        var lines = body.Split(lineBreak).Where(l => !absent.Any(a => l.StartsWith(a, StringComparison.Ordinal))).ToArray();
        return string.Join(lineBreak, lines);
    }
}
