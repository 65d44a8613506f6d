using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>
/// OGL3101: this year's 二、上年结转 differs, column by column, from last year's 四、结转下年度继续办理 — run only when last
/// year's report of the same body is known (<see cref="AnalysisOptions.PreviousYear"/>).
/// </summary>
public sealed class OGL3101CarryOver : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.CarryOver;

    public override void Analyze(RuleContext context)
    {
        var previous = context.Options.PreviousYear;
        var current = context.Document.Table3?.Row(Table3Layout.CarriedOver);
        var carried = previous?.Table3?.Row(Table3Layout.CarriedForward);
        if (previous is null || current is null || carried is null || !CrossYear.AreConsecutive(previous, context.Document))
        {
            return;
        }

        string previousYear = CrossYear.YearText(previous);
        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            if (current.ValueAt(column) is { HasNumber: true } now && carried.ValueAt(column) is { HasNumber: true } before && now.Number != before.Number)
            {
                context.Report(now.Span, context.Message("Message", Table3Layout.Columns[column], RuleHelpers.Number(now.Number!.Value), previousYear, RuleHelpers.Number(before.Number!.Value)));
            }
        }
    }
}
