using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>OGL3002 (R3.2): in each column, （七）总计 must equal the sum of the results （一） to （六）.</summary>
public sealed class OGL3002ResultsTotal : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.ResultsTotal;

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Table3 is not { } table)
        {
            return;
        }

        // A result row that is missing or malformed leaves the column unchecked: its own rule reports it.
        foreach (var sum in TableRelations.ResultsTotals(table, failingOnly: true))
        {
            // Twenty-odd terms read better without their zeros.
            string message = context.Message("Message", sum.Label, TableRelations.Number(sum.Total.Number!.Value), sum.Terms(skipZeros: true), TableRelations.Number(sum.Sum));
            context.Report(sum.Total.Span, message, [sum.SetTotalFix(context)], sum.Related(context));
        }
    }
}
