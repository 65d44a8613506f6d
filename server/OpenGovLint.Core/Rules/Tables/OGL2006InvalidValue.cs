using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2006: a value that is not a non-negative integer (or, for the fee, a non-negative amount).</summary>
public sealed class OGL2006InvalidValue : ReportRule
{
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

                    string hint = context.Message(row.Key == Table2Layout.FeeRowKey ? "Amount" : "Integer");
                    string column = row.HasExpectedCount ? RuleHelpers.ColumnName(row, i) : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    context.Report(value.Span, context.Message("Message", row.Label.Text, column, value.Text, hint));
                }
            }
        }
    }
}
