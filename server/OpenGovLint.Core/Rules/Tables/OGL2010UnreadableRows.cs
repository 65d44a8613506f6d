using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>
/// OGL2010: a table whose layout was damaged on its way into the document (flattened, collapsed, shredded by a PDF
/// conversion, extracted from a page) has rows whose figures could not be read reliably. One finding per table, at the
/// table, with each such row as a related location: the layout is one cause, so it is said once, and those rows stay
/// out of the sums rather than giving a false error each (OGL2003, OGL2004, OGL2009 leave damaged tables to this rule).
/// </summary>
public sealed class OGL2010UnreadableRows : ReportRule
{
    private const int NamedRows = 3;

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.UnreadableRows;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            if (table.Damage == TableDamage.None)
            {
                continue;
            }

            var related = new List<RelatedLocation>();
            var names = new List<string>();
            foreach (var row in table.Rows)
            {
                if (row.Definition.IsGroup || row.HasExpectedCount)
                {
                    continue;
                }

                names.Add(row.Label.Text);
                string why = row.Reading == RowReading.Unresolved
                    ? (row.Readings == 0 ? context.Message("NoReading") : context.Message("ManyReadings", row.Readings))
                    : context.Message("Count", row.Values.Count, row.Definition.ValueCount);
                related.Add(context.Related(row.Span, $"{row.Label.Text}：{why}"));
            }

            foreach (var definition in table.UnreadRows)
            {
                if (!definition.IsGroup)
                {
                    names.Add(definition.Label);
                }
            }

            if (table.OrphanFigures.Count > 0)
            {
                var span = TextSpan.FromBounds(table.OrphanFigures[0].Span.Start, table.OrphanFigures[^1].Span.End);
                related.Add(context.Related(span, context.Message("Orphans", table.OrphanFigures.Count)));
            }

            if (names.Count == 0 && table.OrphanFigures.Count == 0)
            {
                continue;
            }

            var anchor = table.HeaderLabels.Count > 0 ? table.HeaderLabels[0].Span : table.RowList.Count > 0 ? table.RowList[0].Label.Span : table.Span;
            if (names.Count == 0)
            {
                // Every row was read, but some figures stand under no label.
                context.Report(anchor, context.Message("OrphansOnly", RuleHelpers.TableNumber(table.Kind), Layout(context, table.Damage), table.OrphanFigures.Count), related: related);
                continue;
            }

            string shown = string.Join(context.Message("List"), names.Take(NamedRows).Select(n => "“" + n + "”")) + (names.Count > NamedRows ? context.Message("More", names.Count - NamedRows) : string.Empty);
            context.Report(
                anchor,
                context.Message("Message", RuleHelpers.TableNumber(table.Kind), Layout(context, table.Damage), names.Count, shown),
                related: related);
        }
    }

    private static string Layout(RuleContext context, TableDamage damage)
    {
        var parts = new List<string>();
        foreach (var (flag, key) in new[]
        {
            (TableDamage.RunTogether, "RunTogether"),
            (TableDamage.CollapsedLines, "Collapsed"),
            (TableDamage.Shredded, "Shredded"),
            (TableDamage.Extracted, "Extracted"),
        })
        {
            if (damage.HasFlag(flag))
            {
                parts.Add(context.Message(key));
            }
        }

        return string.Join(context.Message("And"), parts);
    }
}
