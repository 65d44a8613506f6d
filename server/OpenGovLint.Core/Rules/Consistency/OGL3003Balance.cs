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

        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            var received = Value(table, Table3Layout.NewReceived, column);
            var carriedOver = Value(table, Table3Layout.CarriedOver, column);
            var total = Value(table, Table3Layout.Total, column);
            var carriedForward = Value(table, Table3Layout.CarriedForward, column);
            if (received is null || carriedOver is null || total is null || carriedForward is null)
            {
                continue;
            }

            decimal left = received.Number!.Value + carriedOver.Number!.Value;
            decimal right = total.Number!.Value + carriedForward.Number!.Value;
            if (left == right)
            {
                continue;
            }

            string message = context.Message(
                "Message",
                Table3Layout.Columns[column],
                RuleHelpers.Number(received.Number.Value),
                RuleHelpers.Number(carriedOver.Number.Value),
                RuleHelpers.Number(left),
                RuleHelpers.Number(total.Number.Value),
                RuleHelpers.Number(carriedForward.Number.Value),
                RuleHelpers.Number(right));
            var related = new[]
            {
                context.Related(received.Span, Table3Layout.Row(Table3Layout.NewReceived).Label),
                context.Related(carriedOver.Span, Table3Layout.Row(Table3Layout.CarriedOver).Label),
                context.Related(total.Span, Table3Layout.Row(Table3Layout.Total).Label),
                context.Related(carriedForward.Span, Table3Layout.Row(Table3Layout.CarriedForward).Label),
            };
            context.Report(received.Span, message, related: related);
        }
    }

    private static TableValue? Value(Table3 table, string key, int column) =>
        table.Row(key)?.ValueAt(column) is { HasNumber: true } value ? value : null;
}
