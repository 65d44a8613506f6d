using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>OGL1005: a top-level part that the 2021 layout does not have (such as a local fee part).</summary>
public sealed class OGL1005UnexpectedSection : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.UnexpectedSection;

    public override void Analyze(RuleContext context)
    {
        foreach (var section in context.Document.Sections)
        {
            if (section.Kind == SectionKind.Unknown)
            {
                context.Report(section.HeadingSpan, context.Message("Message", section.OrdinalText + section.Title, RuleHelpers.EditionName(context, context.Document.Edition.Edition)));
            }
        }
    }
}
