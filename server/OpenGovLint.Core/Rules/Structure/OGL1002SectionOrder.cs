using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>OGL1002: parts out of order, numbered differently from their canonical ordinal, or numbers that skip or repeat.</summary>
public sealed class OGL1002SectionOrder : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.SectionOrder;

    public override void Analyze(RuleContext context)
    {
        var seen = new HashSet<SectionKind>();
        Section? highest = null;
        Section? previous = null;
        foreach (var section in context.Document.Sections)
        {
            if (section.Kind == SectionKind.Unknown)
            {
                // A part the layout does not have (OGL1005) still has to keep the numbering going.
                if (previous is not null && section.Ordinal != 0 && section.Ordinal != previous.Ordinal + 1)
                {
                    context.Report(section.OrdinalSpan, context.Message("Sequence", previous.OrdinalText, section.OrdinalText));
                }

                previous = section;
                continue;
            }

            if (!seen.Add(section.Kind))
            {
                previous = section;
                continue; // OGL1004 reports the duplicate.
            }

            if (highest is not null && section.Kind < highest.Kind)
            {
                context.Report(section.HeadingSpan, context.Message("Order", highest.OrdinalText + highest.Title, section.OrdinalText + section.Title));
            }
            else if (section.Ordinal != 0 && section.Ordinal != (int)section.Kind)
            {
                string expected = Ordinals.ToChinese((int)section.Kind) + "、";
                context.Report(section.OrdinalSpan, context.Message("Ordinal", section.CanonicalTitle, Ordinals.ToChinese((int)section.Kind), section.OrdinalText, expected));
            }

            if (highest is null || section.Kind > highest.Kind)
            {
                highest = section;
            }

            previous = section;
        }
    }
}
