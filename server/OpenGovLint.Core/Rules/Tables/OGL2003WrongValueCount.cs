using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2003: a data row holds more or fewer values than its columns; the sum rules leave such a row out.</summary>
public sealed class OGL2003WrongValueCount : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.WrongValueCount;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            if (table.Damage != TableDamage.None)
            {
                continue; // In a damaged layout a short row is the layout's doing: OGL2010 says so once for the table.
            }

            foreach (var row in table.Rows)
            {
                if (row.Definition.IsGroup || row.HasExpectedCount)
                {
                    continue;
                }

                context.Report(row.Span, context.Message("Message", row.Label.Text, row.Values.Count, row.Definition.ValueCount, RuleHelpers.LayoutNote(context, row.Definition)));
            }
        }
    }
}
