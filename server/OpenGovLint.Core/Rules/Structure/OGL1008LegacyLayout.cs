using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>
/// OGL1008: the report covers a year before 2019, when no national layout existed (spec §7): it was read as a report of
/// that time — its own parts, its own statistics appendix — and the rules of the 2019 and 2021 layouts (six parts,
/// three tables, their sums) were not run. One informational finding says so, at the year that decided it.
/// </summary>
public sealed class OGL1008LegacyLayout : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.LegacyLayout;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var edition = document.Edition;
        if (edition.Edition != ReportEdition.Before2019)
        {
            return;
        }

        var anchor = edition.Span.IsEmpty && context.Text.LineCount > 0 ? context.Text.GetLineSpan(0) : edition.Span;
        string appendix = document.Appendix is null ? string.Empty : context.Message("Appendix");
        context.Report(anchor, context.Message("Message", edition.Year, appendix));
    }
}
