using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>OGL3001 (R3.1): in a table-3 row, 总计 must equal 自然人 + the five kinds of 法人或其他组织.</summary>
public sealed class OGL3001RowTotal : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.RowTotal;

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Table3 is not { } table)
        {
            return;
        }

        foreach (var row in table.RowList)
        {
            // Malformed rows (OGL2003) are left out; a 2019-style （六）其他处理 row with values is checked like the others.
            if (row.Values.Count != Table3Layout.ColumnCount)
            {
                continue;
            }

            var check = SumCheck.From(row.Values[Table3Layout.TotalColumn], row.Values.Take(Table3Layout.TotalColumn));
            if (check is null || check.Holds)
            {
                continue;
            }

            string message = context.Message("Message", row.Label.Text, RuleHelpers.Number(check.Total.Number!.Value), RuleHelpers.Sum(check.Parts.Select(p => p.Number!.Value)), RuleHelpers.Number(check.Sum));
            context.Report(check.Total.Span, message, [check.SetTotalFix(context)], check.Related(context, i => Table3Layout.Columns[i]));
        }
    }
}
