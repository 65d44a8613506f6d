using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>OGL3003 (R3.3, the 勾稽关系): 一 + 二 = 三（七）总计 + 四 in every column. No fix: nothing says which side is wrong.</summary>
public sealed class OGL3003Balance : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.Balance;

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Table3 is not { } table)
        {
            return;
        }

        foreach (var check in TableRelations.Balances(table).Where(b => !b.Holds))
        {
            string message = context.Message(
                "Message",
                Table3Layout.Columns[check.Column],
                TableRelations.Number(check.Received.Number!.Value),
                TableRelations.Number(check.CarriedOver.Number!.Value),
                TableRelations.Number(check.Left),
                TableRelations.Number(check.Total.Number!.Value),
                TableRelations.Number(check.CarriedForward.Number!.Value),
                TableRelations.Number(check.Right));
            var related = new[]
            {
                context.Related(check.Received.Span, Table3Layout.Row(Table3Layout.NewReceived).Label),
                context.Related(check.CarriedOver.Span, Table3Layout.Row(Table3Layout.CarriedOver).Label),
                context.Related(check.Total.Span, Table3Layout.Row(Table3Layout.Total).Label),
                context.Related(check.CarriedForward.Span, Table3Layout.Row(Table3Layout.CarriedForward).Label),
            };
            context.Report(check.Received.Span, message, related: related);
        }
    }
}
