using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;

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

        foreach (var sum in TableRelations.RowTotals(table, failingOnly: true))
        {
            string message = context.Message("Message", sum.Label, TableRelations.Number(sum.Total.Number!.Value), sum.Terms(), TableRelations.Number(sum.Sum));
            context.Report(sum.Total.Span, message, [sum.SetTotalFix(context)], sum.Related(context));
        }
    }
}
