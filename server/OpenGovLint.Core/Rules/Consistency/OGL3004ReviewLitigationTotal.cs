using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>OGL3004 (R4.1): in each group of table 4, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</summary>
public sealed class OGL3004ReviewLitigationTotal : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.ReviewLitigationTotal;

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Table4 is not { DataRow.HasExpectedCount: true } table)
        {
            return;
        }

        for (int group = 0; group < Table4Layout.Groups.Count; group++)
        {
            int g = group;
            var check = SumCheck.From(table.ValueAt(g, Table4Layout.GroupSize - 1), Enumerable.Range(0, Table4Layout.GroupSize - 1).Select(c => table.ValueAt(g, c)));
            if (check is null || check.Holds)
            {
                continue;
            }

            string message = context.Message("Message", Table4Layout.Groups[g], RuleHelpers.Number(check.Total.Number!.Value), RuleHelpers.Sum(check.Parts.Select(p => p.Number!.Value)), RuleHelpers.Number(check.Sum));
            context.Report(check.Total.Span, message, [check.SetTotalFix(context)], check.Related(context, i => Table4Layout.GroupColumns[i]));
        }
    }
}
