using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>
/// OGL2006: a value that its column cannot hold — not a non-negative integer (or, for the fee and the trial layout's
/// 采购总金额, a non-negative amount; for the trial layout's 本年增/减, an integer that may be negative) — or a 本年增/减 whose
/// decrease is larger than the 上一年项目数量 it changes, which can only be a wrong sign.
/// </summary>
public sealed class OGL2006InvalidValue : ReportRule
{
    private const int LastYearColumn = 0;
    private const int ChangeColumn = 1;

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.InvalidValue;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            foreach (var row in table.Rows)
            {
                for (int i = 0; i < row.Values.Count; i++)
                {
                    var value = row.Values[i];
                    if (value.Kind != ValueKind.Invalid)
                    {
                        continue;
                    }

                    var format = row.HasExpectedCount ? row.Definition.FormatOf(i) : CellFormat.Count;
                    string hint = context.Message(format.ToString()) + RuleHelpers.LayoutNote(context, row.Definition);
                    string column = row.HasExpectedCount ? RuleHelpers.ColumnName(row, i) : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    context.Report(value.Span, context.Message("Message", row.Label.Text, column, value.Text, hint));
                }

                CheckChange(context, row);
            }
        }
    }

    /// <summary>上一年项目数量 + 本年增/减 is this year's number of items, which cannot be below zero.</summary>
    private static void CheckChange(RuleContext context, TableRow row)
    {
        if (row.Definition.FormatOf(ChangeColumn) != CellFormat.SignedCount
            || row.ValueAt(LastYearColumn) is not { HasNumber: true, Number: { } lastYear }
            || row.ValueAt(ChangeColumn) is not { HasNumber: true, Number: { } change } changeCell
            || lastYear + change >= 0)
        {
            return;
        }

        context.Report(changeCell.Span, context.Message(
            "ChangeSign",
            row.Label.Text,
            RuleHelpers.ColumnName(row, ChangeColumn),
            RuleHelpers.Number(change),
            RuleHelpers.ColumnName(row, LastYearColumn),
            RuleHelpers.Number(lastYear),
            RuleHelpers.Number(lastYear + change)));
    }
}
