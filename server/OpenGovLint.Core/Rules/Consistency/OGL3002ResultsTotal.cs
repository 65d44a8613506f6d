using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>OGL3002 (R3.2): in each column, （七）总计 must equal the sum of the results （一） to （六）.</summary>
public sealed class OGL3002ResultsTotal : ReportRule
{
    public override DiagnosticDescriptor Descriptor => RuleDescriptors.ResultsTotal;

    public override void Analyze(RuleContext context)
    {
        if (context.Document.Table3 is not { } table || table.Row(Table3Layout.Total) is not { HasExpectedCount: true } total)
        {
            return;
        }

        var parts = ResultRows(table);
        if (parts is null)
        {
            return; // A result row is missing or malformed: its own rule reports it.
        }

        for (int column = 0; column < Table3Layout.ColumnCount; column++)
        {
            int c = column;
            var check = SumCheck.From(total.ValueAt(c), parts.Select(r => r.Values[c]));
            if (check is null || check.Holds)
            {
                continue;
            }

            // Long sums read better without their zero terms.
            var nonZero = check.Parts.Where(p => p.Number != 0).Select(p => p.Number!.Value).ToArray();
            string terms = nonZero.Length == 0 ? "0" : RuleHelpers.Sum(nonZero);
            string message = context.Message("Message", Table3Layout.Columns[c], RuleHelpers.Number(check.Total.Number!.Value), terms, RuleHelpers.Number(check.Sum));
            context.Report(check.Total.Span, message, [check.SetTotalFix(context)], check.Related(context, i => parts[i].Label.Text));
        }
    }

    /// <summary>The rows that add up to （七）总计; the 2019 single （六）其他处理 row stands for its three items.</summary>
    internal static IReadOnlyList<TableRow>? ResultRows(Table3 table)
    {
        var rows = new List<TableRow>();
        bool legacyOther = table.Row(Table3Layout.OtherHandling) is { Values.Count: Table3Layout.ColumnCount };
        foreach (var definition in Table3Layout.ResultRows)
        {
            if (legacyOther && definition.GroupKey == Table3Layout.OtherHandling)
            {
                continue;
            }

            if (table.Row(definition.Key) is not { HasExpectedCount: true } row)
            {
                return null;
            }

            rows.Add(row);
        }

        if (legacyOther)
        {
            rows.Add(table.Row(Table3Layout.OtherHandling)!);
        }

        return rows;
    }
}
