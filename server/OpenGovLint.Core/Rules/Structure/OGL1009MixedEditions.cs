using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Structure;

/// <summary>
/// OGL1009: a standard table that does not follow the layout of the report's edition (spec §7) — a report of 2021 or
/// later with the trial table 2 or the trial's single-row （六）其他处理, a 2019 or 2020 report with a 2021 table, or a table
/// that shows marks of both. One finding per such table, naming the edition each part follows, at the first mark of the
/// layout that does not belong. Fix, only where the conversion loses nothing: a （六）其他处理 whose figures are all zero,
/// rewritten in the report's edition (one row of zeros, or its three items of zeros). It is unsafe, though lossless: it
/// writes figures in rows the author did not fill.
/// </summary>
public sealed class OGL1009MixedEditions : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.MixedEditions;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        var edition = document.Edition.Edition;
        foreach (var table in document.Tables)
        {
            var layout = table.LayoutEdition;
            if (layout == TableEdition.Common || layout.AsReportEdition() == edition)
            {
                continue;
            }

            var trial = TrialMark(table);
            var current = CurrentMark(table);
            string number = RuleHelpers.TableNumber(table.Kind);
            string report = ReportPhrase(context, document.Edition);
            string own = RuleHelpers.EditionName(context, edition);
            if (layout == TableEdition.Mixed && trial is not null && current is not null)
            {
                var anchor = edition == ReportEdition.Trial2019 ? current : trial;
                context.Report(anchor.Span, context.Message(
                    "Mixed",
                    number,
                    trial.Text,
                    RuleHelpers.EditionName(context, ReportEdition.Trial2019),
                    current.Text,
                    RuleHelpers.EditionName(context, ReportEdition.Edition2021),
                    report,
                    own));
                continue;
            }

            var mark = layout == TableEdition.Trial2019 ? trial : current;
            if (mark is null || layout.AsReportEdition() is not { } follows)
            {
                continue;
            }

            var fixes = table is Table3 table3 ? EditionRowFixes.OtherHandling(context, table3, edition) : [];
            context.Report(mark.Span, context.Message("Message", number, RuleHelpers.EditionName(context, follows), mark.Text, report, own), fixes);
        }
    }

    /// <summary>The first label of the trial layout in the table: a table-2 column, caption or row; the single-row （六）.</summary>
    private static TableLabel? TrialMark(ReportTable table) => table switch
    {
        Table3 t3 => t3.HasLegacyOtherHandlingRow ? t3.Row(Table3Layout.OtherHandling)!.Label : null,
        _ => table.LegacyLabels.Concat(table.RowList.Where(r => r.Definition.Edition == ReportEdition.Trial2019).Select(r => r.Label))
            .OrderBy(l => l.Span.Start).FirstOrDefault(),
    };

    /// <summary>The first label of the 2021 layout in the table: a table-2 column or row; an item of （六）.</summary>
    private static TableLabel? CurrentMark(ReportTable table) => table switch
    {
        Table3 t3 => t3.OtherHandlingItems.Select(r => r.Label).FirstOrDefault(),
        Table2 t2 => t2.CurrentColumns.Concat(t2.RowList.Where(r => r.Definition.Edition == ReportEdition.Edition2021).Select(r => r.Label))
            .OrderBy(l => l.Span.Start).FirstOrDefault(),
        _ => null,
    };

    private static string ReportPhrase(RuleContext context, EditionDecision edition) =>
        edition.Year is int year ? context.Message("Year", year) : context.Message("NoYear");
}
