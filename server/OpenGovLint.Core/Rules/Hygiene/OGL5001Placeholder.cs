using System.Text.RegularExpressions;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Rules.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>OGL5001: unfinished text left in the draft (XX, ××, 某某, TODO, 【待补充】, ___).</summary>
public sealed partial class OGL5001Placeholder : ReportRule
{
    private static readonly CharSet PlaceholderStarts = new("Xx×✕╳某T【_＿");

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.Placeholder;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        // Tables too: a placeholder left in a cell is as unfinished as one in a sentence.
        foreach (var span in Prose.SegmentsOutside(document.Text, document.NonProseSpans))
        {
            // Every placeholder starts with one of these characters; most lines hold none of them.
            if (!PlaceholderStarts.ContainsAny(document.Text.AsSpan(span)))
            {
                continue;
            }

            string text = document.Text.GetText(span);
            var isProtected = Prose.Protected(text, span.Start);
            foreach (Match m in PlaceholderRegex().Matches(text))
            {
                if (!Prose.IsInside(isProtected, span.Start + m.Index))
                {
                    context.Report(new TextSpan(span.Start + m.Index, m.Length), context.Message("Message", m.Value));
                }
            }
        }
    }

    // XX only as a word of its own (not XXL, not inside an identifier); the Chinese forms anywhere.
    [GeneratedRegex(@"(?<![A-Za-z0-9])[Xx]{2,}(?![A-Za-z0-9])|[×✕╳]{2,}|某某|(?<![A-Za-z])TODO(?![A-Za-z])|【待(?:补充|填写|定|完善)[^】]{0,20}】|[_＿]{3,}")]
    private static partial Regex PlaceholderRegex();
}
