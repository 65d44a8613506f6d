using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2002: a standard table pasted in a shape Markdown does not see as a table. Fix: rewrite it as a pipe table.</summary>
public sealed class OGL2002NotAPipeTable : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.NotAPipeTable;

    public override void Analyze(RuleContext context)
    {
        // A web page or Word file holds real tables (<table>, w:tbl): only a text draft can hold a table Markdown does not see.
        if (context.Document.Format != Layout.SourceFormat.Text)
        {
            return;
        }

        foreach (var table in context.Document.Tables)
        {
            if (table.Shape == TableShape.PipeTable)
            {
                continue;
            }

            // A table that shares its line with prose (flattened text) is pointed at by its first cell, not the whole line.
            var anchor = TableFixes.OwnsItsLines(context.Text, table) ? context.Text.GetLineSpan(table.StartLine)
                : table.HeaderLabels.Count > 0 ? table.HeaderLabels[0].Span
                : table.Cells.Count > 0 ? table.Cells[0].Span
                : table.Span;
            string shape = context.Shared("Shape_" + table.Shape);
            context.Report(anchor, context.Message("Message", RuleHelpers.TableNumber(table.Kind), RuleHelpers.TableName(context, table.Kind), shape), TableFixes.RewriteAsPipeTable(context, table));
        }
    }
}
