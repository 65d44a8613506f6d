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
        if (document.Table2 is { IsLegacy: false } table2)
        {
            Check(context, table2, Table2Layout.Rows, table2.Row);
        }

        if (document.Table3 is { } table3)
        {
            // A 2019-style single （六）其他处理 row stands for its three items (OGL1008 reports it).
            bool legacyOther = table3.HasLegacyOtherHandlingRow;
            var rows = Table3Layout.Rows.Where(r => !(legacyOther && r.GroupKey == Table3Layout.OtherHandling));
            Check(context, table3, rows, table3.Row);
        }
    }

    private static void Check(RuleContext context, ReportTable table, IEnumerable<RowDefinition> definitions, Func<string, TableRow?> find)
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
            context.Report(anchor, context.Message("Message", RuleHelpers.TableNumber(table.Kind), all[i].Label), TableFixes.InsertRow(context, table, all[i], next));
        }
    }
}
