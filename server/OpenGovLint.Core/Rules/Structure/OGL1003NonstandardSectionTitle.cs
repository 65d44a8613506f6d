using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>OGL1003: a known variant title (基本情况) where the canonical one belongs. Fix: rename it.</summary>
public sealed class OGL1003NonstandardSectionTitle : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.NonstandardSectionTitle;

    public override void Analyze(RuleContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            if (section.Kind == SectionKind.Unknown || section.Match != TitleMatch.Variant)
            {
                continue;
            }

            string canonical = section.CanonicalTitle;
            var fix = context.Fix(FixApplicability.Safe, context.Message("Fix", canonical), new TextEdit(section.TitleSpan, canonical));
            context.Report(section.TitleSpan, context.Message("Message", section.Title, canonical), [fix]);
        }
    }
}
