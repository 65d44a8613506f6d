using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2007: a value cell left empty. Fix (unsafe: it states a figure): write 0.</summary>
public sealed class OGL2007EmptyValue : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.EmptyValue;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            foreach (var row in table.Rows)
            {
                if (!row.HasExpectedCount)
                {
                    continue; // OGL2003: the columns of this row are not known.
                }

                for (int i = 0; i < row.Values.Count; i++)
                {
                    var value = row.Values[i];
                    if (value.Kind != ValueKind.Empty)
                    {
                        continue;
                    }

                    var fix = context.Fix(FixApplicability.Unsafe, context.Message("Fix"), new TextEdit(value.Span, "0"));
                    context.Report(value.Span, context.Message("Message", row.Label.Text, RuleHelpers.ColumnName(row, i), RuleHelpers.LayoutNote(context, row.Definition, table)), [fix]);
                }
            }
        }
    }
}
