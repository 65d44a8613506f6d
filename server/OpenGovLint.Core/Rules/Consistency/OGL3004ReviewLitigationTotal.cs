using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>OGL3004 (R4.1): in each group of table 4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
public sealed class OGL3004ReviewLitigationTotal : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.ReviewLitigationTotal;

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Table4 is not { } table)
        {
            return;
        }

        foreach (var sum in TableRelations.GroupTotals(table).Where(s => !s.Holds))
        {
            string message = context.Message("Message", sum.Label, TableRelations.Number(sum.Total.Number!.Value), sum.Terms(), TableRelations.Number(sum.Sum));
            context.Report(sum.Total.Span, message, [sum.SetTotalFix(context)], sum.Related(context));
        }
    }
}
