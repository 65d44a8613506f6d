using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>OGL1004: the same part occurs twice.</summary>
public sealed class OGL1004DuplicateSection : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.DuplicateSection;

    public override void Analyze(RuleContext context)
    {
        var first = new Dictionary<SectionKind, Section>();
        foreach (var section in context.Document.Sections)
        {
            if (section.Kind == SectionKind.Unknown)
            {
                continue;
            }

            if (first.TryGetValue(section.Kind, out var earlier))
            {
                context.Report(section.HeadingSpan, context.Message("Message", section.CanonicalTitle, earlier.Line + 1));
            }
            else
            {
                first[section.Kind] = section;
            }
        }
    }
}
