using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2005: a row label recognised as a variant of its canonical text. Fix: replace it with the canonical label.</summary>
public sealed class OGL2005NonstandardLabel : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.NonstandardLabel;

    public override void Analyze(RuleContext context)
    {
        foreach (var table in context.Document.Tables)
        {
            // A misspelt column header (本年废纸件数) is a label too.
            foreach (var header in table.HeaderLabels)
            {
                if (header.Match == TitleMatch.Variant)
                {
                    var headerFix = context.Fix(FixApplicability.Safe, context.Message("Fix", header.Canonical), new TextEdit(header.Span, header.Canonical));
                    context.Report(header.Span, context.Message("Message", header.Text, header.Canonical, string.Empty), [headerFix]);
                }
            }

            foreach (var row in table.Rows)
            {
                if (row.Label.Match != TitleMatch.Variant)
                {
                    continue;
                }

                string canonical = row.Definition.Label;
                var fix = context.Fix(FixApplicability.Safe, context.Message("Fix", canonical), new TextEdit(row.Label.Span, canonical));
                context.Report(row.Label.Span, context.Message("Message", row.Label.Text, canonical, RuleHelpers.LayoutNote(context, row.Definition)), [fix]);
            }
        }
    }
}
