using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Tables;

/// <summary>OGL2001: part 二, 三 or 四 has no recognisable table.</summary>
public sealed class OGL2001MissingTable : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.MissingTable;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        Check(context, StandardTable.ActiveDisclosure, SectionKind.ActiveDisclosure, document.Table2);
        Check(context, StandardTable.Applications, SectionKind.Applications, document.Table3);
        Check(context, StandardTable.ReviewLitigation, SectionKind.ReviewLitigation, document.Table4);
    }

    private static void Check(RuleContext context, StandardTable table, SectionKind kind, ReportTable? found)
    {
        if (found is not null)
        {
            return;
        }

        // Without the part's heading there is no place to point at but the first line (OGL1001 names the part).
        var section = context.Document.FindSection(kind);
        var anchor = section?.HeadingSpan ?? (context.Text.LineCount > 0 ? context.Text.GetLineSpan(0) : default);
        var fixes = TableFixes.InsertEmptyTable(context, table, section);
        context.Report(anchor, context.Message("Message", RuleHelpers.TableName(context, table), RuleHelpers.TableNumber(table), RuleHelpers.EditionName(context, context.Document.Edition.Edition)), fixes);
    }
}
