using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2009: a row inside a standard table whose label matches no standard label.</summary>
public sealed class OGL2009UnknownRow : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.UnknownRow;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            if (table.Damage != TableDamage.None)
            {
                continue; // Fragments of labels that a damaged layout broke up; OGL2010 reports the table once.
            }

            foreach (var label in table.UnknownLabels)
            {
                context.Report(label.Span, context.Message("Message", RuleHelpers.TableNumber(table.Kind), label.Text));
            }
        }
    }
}
