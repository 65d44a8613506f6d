using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// OGL4001: a count the prose states (受理…申请10件, 未收到政府信息公开申请, 行政复议N件, 均已办结 …) differs from the
/// table — or, in a report before 2019, from its own statistics appendix. The finding sits on the number in the prose and
/// points at the table cells it was compared with.
/// </summary>
public sealed class OGL4001TextTableMismatch : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.TextTableMismatch;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        if (document.Table3 is null && document.Table4 is null && document.Appendix is null)
        {
            return;
        }

        foreach (var stated in ProseCounts.Read(document))
        {
            switch (stated.Claim)
            {
                case ClaimKind.Count:
                case ClaimKind.None:
                    CheckCount(context, stated);
                    break;
                case ClaimKind.AllClosed:
                    CheckAllClosed(context, stated);
                    break;
                case ClaimKind.AllUpheld:
                    CheckAllUpheld(context, stated);
                    break;
            }
        }
    }

    private static void CheckCount(RuleContext context, StatedCount stated)
    {
        var document = context.Document;
        var figure = document.Edition.Edition == ReportEdition.Before2019 ? AppendixFigure.For(document, stated) : TableFigure.For(document, stated);
        if (figure is null || figure.Value == stated.Value)
        {
            return;
        }

        if (figure.FromAppendix)
        {
            CheckAppendix(context, stated, figure);
            return;
        }

        var related = figure.Cells.Select(c => context.Related(c.Span, context.Message("Related", figure.TableNumber, figure.Label, RuleHelpers.Number(c.Number!.Value)))).ToArray();
        string actual = RuleHelpers.Number(figure.Value);
        if (stated.Claim == ClaimKind.None)
        {
            context.Report(stated.Span, context.Message("Negation", stated.Phrase, figure.TableNumber, figure.Label, actual), related: related);
            return;
        }

        // 新收 + 上年结转 written as 新收 is a different, common mistake: name it.
        if (stated.Kind == CountKind.NewReceived && TableFigure.CarriedOverTotal(context.Document) is decimal carried && carried > 0 && figure.Value + carried == stated.Value)
        {
            context.Report(stated.Span, context.Message("Sum", stated.Phrase, stated.Value, actual, RuleHelpers.Number(carried)), related: related);
            return;
        }

        context.Report(stated.Span, context.Message("Message", stated.Phrase, stated.Value, figure.TableNumber, figure.Label, actual), related: related);
    }

    /// <summary>A count against the statistics appendix of a report before 2019.</summary>
    private static void CheckAppendix(RuleContext context, StatedCount stated, TableFigure figure)
    {
        string actual = RuleHelpers.Number(figure.Value);
        var related = figure.Cells.Select(c => context.Related(c.Span, context.Message("AppendixRelated", figure.Label, actual))).ToArray();
        string message = stated.Claim == ClaimKind.None
            ? context.Message("AppendixNegation", stated.Phrase, figure.Label, actual)
            : context.Message("AppendixMessage", stated.Phrase, stated.Value, figure.Label, actual);
        context.Report(stated.Span, message, related: related);
    }

    private static void CheckAllClosed(RuleContext context, StatedCount stated)
    {
        var cell = context.Document.Table3?.Row(Table3Layout.CarriedForward)?.ValueAt(Table3Layout.TotalColumn);
        if (cell is { HasNumber: true, Number: > 0 })
        {
            string label = Table3Layout.Row(Table3Layout.CarriedForward).Label + " · " + Table3Layout.Columns[Table3Layout.TotalColumn];
            var related = context.Related(cell.Span, context.Message("Related", RuleHelpers.TableNumber(StandardTable.Applications), label, RuleHelpers.Number(cell.Number.Value)));
            context.Report(stated.Span, context.Message("AllClosed", stated.Phrase, RuleHelpers.Number(cell.Number.Value)), related: [related]);
        }
    }

    private static void CheckAllUpheld(RuleContext context, StatedCount stated)
    {
        var table = context.Document.Table4;
        if (table is null)
        {
            return;
        }

        // Corrected (column 1) or still pending (column 3) contradicts "all upheld".
        var breaches = new List<(string Text, TableValue Cell)>();
        foreach (int group in stated.Groups)
        {
            foreach (var (column, key) in new[] { (1, "Corrected"), (3, "Pending") })
            {
                if (table.ValueAt(group, column) is { HasNumber: true, Number: > 0 } cell)
                {
                    breaches.Add((context.Message(key, Table4Layout.Groups[group], RuleHelpers.Number(cell.Number.Value)), cell));
                }
            }
        }

        if (breaches.Count > 0)
        {
            var related = breaches.Select(b => context.Related(b.Cell.Span, b.Text)).ToArray();
            context.Report(stated.Span, context.Message("AllUpheld", stated.Phrase, string.Join("、", breaches.Select(b => b.Text))), related: related);
        }
    }
}
