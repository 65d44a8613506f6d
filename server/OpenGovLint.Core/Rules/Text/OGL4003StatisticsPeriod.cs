using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// OGL4003: the statistics period statement is missing, or written incompletely (<c>12月31止</c>). Before 2019 no layout
/// asked for the statement, so only one that is written incompletely is reported there.
/// </summary>
public sealed class OGL4003StatisticsPeriod : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.StatisticsPeriod;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Period is { } period)
        {
            if (!period.IsWellFormed)
            {
                context.Report(period.Span, context.Message("Malformed", period.Text));
            }

            return;
        }

        if (document.Edition.Edition == ReportEdition.Before2019)
        {
            return;
        }

        // Nothing to point at: the title, else the first line, carries the finding.
        var at = document.Title?.Span ?? context.Text.GetLineSpan(0);
        context.Report(at.IsEmpty && context.Text.Length > 0 ? new TextSpan(0, 0) : at, context.Message("Missing"));
    }
}
