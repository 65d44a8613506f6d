using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>OGL1001: one of the six parts is absent. Fix: insert its heading where it belongs.</summary>
public sealed class OGL1001MissingSection : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingSection;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Sections.Count == 0 && !document.HasAnyStandardTable && document.Text.Length == 0)
        {
            return;
        }

        foreach (var kind in SectionCatalog.StandardKinds)
        {
            if (document.FindSection(kind) is not null)
            {
                continue;
            }

            int insertAt = InsertionPoint(document, kind, out TextSpan anchor);
            string heading = SectionCatalog.CanonicalHeading(kind);
            string lineBreak = document.Text.DominantLineBreak;
            string prefix = RuleHelpers.UsesMarkdownHeadings(document) ? "## " : string.Empty;
            bool atLineStart = insertAt == 0 || document.Text[insertAt - 1] is '\n' or '\r';
            string insertion = (atLineStart ? string.Empty : lineBreak) + prefix + heading + lineBreak + lineBreak;
            var fix = context.Fix(FixApplicability.Safe, context.Message("Fix", heading), TextEdit.Insert(insertAt, insertion));
            context.Report(anchor, context.Message("Message", Ordinals.ToChinese((int)kind), SectionCatalog.CanonicalTitle(kind)), [fix]);
        }
    }

    /// <summary>Before the part's own table when the table is there without its heading, else before the next part.</summary>
    private static int InsertionPoint(ReportDocument document, SectionKind kind, out TextSpan anchor)
    {
        var text = document.Text;
        ReportTable? ownTable = kind switch
        {
            SectionKind.ActiveDisclosure => document.Table2,
            SectionKind.Applications => document.Table3,
            SectionKind.ReviewLitigation => document.Table4,
            _ => null,
        };
        if (ownTable is not null)
        {
            // The part's table is there without its heading: the heading goes right above the table.
            anchor = text.GetLineSpan(ownTable.StartLine);
            return text.GetLineStart(ownTable.StartLine);
        }

        var next = document.Sections.FirstOrDefault(s => s.Kind > kind && s.Kind != SectionKind.Unknown);
        if (next is not null)
        {
            anchor = next.HeadingSpan;
            return text.GetLineStart(next.Line);
        }

        anchor = text.LineCount > 0 ? text.GetLineSpan(text.LineCount - 1) : default;
        return text.Length;
    }
}
