using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>
/// OGL1010: no year was found — not in the title, the statistics period or the sentences of the text — so the edition
/// the report must follow could not be decided, and it was checked against the current one (spec §7). Said once, at the
/// top: every other finding rests on that assumption.
/// </summary>
public sealed class OGL1010EditionAssumed : ReportRule
{
    private const int MaxAnchorLength = 40;

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.EditionAssumed;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Edition.Source != EditionSource.Assumed || context.Text.Length == 0)
        {
            return;
        }

        var anchor = document.Title?.Span ?? context.Text.GetLineSpan(0);
        if (anchor.Length > MaxAnchorLength)
        {
            anchor = new TextSpan(anchor.Start, MaxAnchorLength);
        }

        context.Report(anchor, context.Message("Message", RuleHelpers.EditionName(context, document.Edition.Edition)));
    }
}
