using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2004: a standard row is absent from a table that is otherwise there.</summary>
public sealed class OGL2004MissingRow : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingRow;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var edition = document.Edition.Edition;

        // Each table is held to the layout it follows; a table that mixes the two (OGL1009) is not held to either.
        if (document.Table2 is { } table2 && table2.LayoutEdition != TableEdition.Mixed)
        {
            var layout = table2.LayoutEdition.AsReportEdition() ?? edition;
            Check(context, table2, Table2Layout.RowsOf(layout), table2.Row);
        }

        if (document.Table3 is { } table3 && table3.LayoutEdition != TableEdition.Mixed)
        {
            // The trial layout's single （六）其他处理 row stands for the 2021 layout's three items.
            bool trial = (table3.LayoutEdition.AsReportEdition() ?? edition) == ReportEdition.Trial2019;
            var rows = Table3Layout.Rows.Where(r => !(trial && r.GroupKey == Table3Layout.OtherHandling));
            Check(context, table3, rows, table3.Row, trial);
        }
    }

    private static void Check(RuleContext context, ReportTable table, IEnumerable<RowDefinition> definitions, Func<string, TableRow?> find, bool trialTable3 = false)
    {
        var all = definitions.ToArray();
        for (int i = 0; i < all.Length; i++)
        {
            if (find(all[i].Key) is not null || table.UnreadRows.Contains(all[i]))
            {
                continue;
            }

            // Point at the next row that is there, where the missing one belongs.
            var next = all.Skip(i + 1).Select(d => find(d.Key)).FirstOrDefault(r => r is not null);
            var anchor = next?.Label.Span ?? context.Text.GetLineSpan(table.StartLine);
            bool trial = all[i].Edition == ReportEdition.Trial2019 || (trialTable3 && all[i].Key == Table3Layout.OtherHandling);
            string note = trial ? context.Shared("LayoutNote_Trial2019") : string.Empty;
            context.Report(anchor, context.Message("Message", RuleHelpers.TableNumber(table.Kind), all[i].Label, note), TableFixes.InsertRow(context, table, all[i], next, trial));
        }
    }
}
