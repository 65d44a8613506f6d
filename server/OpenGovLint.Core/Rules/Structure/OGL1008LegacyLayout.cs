using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>
/// OGL1008: parts of the 2019 trial layout (its table-2 columns, （六）其他处理 as one row). A pre-2019 report with no
/// standard table at all gets this one diagnostic instead of a missing-table error per table.
/// </summary>
public sealed class OGL1008LegacyLayout : ReportRule
{
    public const int FirstYearWithTables = 2019;

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.LegacyLayout;

    /// <summary>True when the report predates the standard tables and has none, so table rules stay silent.</summary>
    public static bool IsPreTableReport(ReportDocument document) =>
        !document.HasAnyStandardTable && ReportYear(document) is { } year && year < FirstYearWithTables;

    public static int? ReportYear(ReportDocument document) => document.Title?.Year ?? document.Period?.StartYear;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (IsPreTableReport(document))
        {
            var anchor = document.Title?.Span ?? (document.Text.LineCount > 0 ? document.Text.GetLineSpan(0) : default);
            context.Report(anchor, context.Message("NoTables"));
            return;
        }

        if (document.Table2 is { LegacyLabels.Count: > 0 } table2)
        {
            var first = table2.LegacyLabels[0];
            context.Report(first.Span, context.Message("Table2", first.Text));
        }

        if (document.Table3?.Row(Table3Layout.OtherHandling) is { Values.Count: > 0 } other)
        {
            context.Report(other.Label.Span, context.Message("OtherHandling"));
        }
    }
}
