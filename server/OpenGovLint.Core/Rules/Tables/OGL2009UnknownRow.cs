using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2009: a row inside a standard table whose label matches no standard label.</summary>
public sealed class OGL2009UnknownRow : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.UnknownRow;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            foreach (var label in table.UnknownLabels)
            {
                context.Report(label.Span, context.Message("Message", RuleHelpers.TableNumber(table.Kind), label.Text));
            }
        }
    }
}
