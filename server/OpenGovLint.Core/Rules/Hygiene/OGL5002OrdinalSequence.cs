using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Rules.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>
/// OGL5002: sub-item ordinals inside a section skip or repeat — （一）（二）（四）, 一是…三是, 1. 1. Each section and each
/// ordinal style is followed on its own; an outer item (（二）) restarts the inner sequences (1. 2.) below it.
/// </summary>
public sealed class OGL5002OrdinalSequence : ReportRule
{
    private const int StyleCount = 5;

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.OrdinalSequence;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var section in document.Sections)
        {
            var last = new OrdinalItem?[StyleCount];
            foreach (var item in Items(document, section))
            {
                // An outer item opens a new group: the inner sequences start again.
                for (int inner = (int)item.Style + 1; inner < StyleCount; inner++)
                {
                    last[inner] = null;
                }

                var previous = last[(int)item.Style];
                last[(int)item.Style] = item;
                if (previous is not { } p || item.Value == p.Value + 1)
                {
                    continue;
                }

                // 一是 enumerations start again in each paragraph; numbered lists only under a new outer item.
                if (item.Style == OrdinalStyle.ChineseIs && item.Value == 1 && item.Line != p.Line)
                {
                    continue;
                }

                context.Report(new TextSpan(item.Start, item.Length), context.Message("Message", p.Text, item.Text));
            }
        }
    }

    private static List<OrdinalItem> Items(ReportDocument document, Section section)
    {
        // A section's body ends before the next heading, so no heading line is among its body lines.
        var items = new List<OrdinalItem>();
        foreach (var span in Prose.BodySegments(document, section))
        {
            OrdinalScanner.Scan(document.Text.AsSpan(span), span.Start, document.Text.GetLineFromPosition(span.Start), items);
        }

        return items;
    }
}
