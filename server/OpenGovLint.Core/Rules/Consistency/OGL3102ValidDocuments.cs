using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>
/// OGL3102: 现行有效件数 ≠ last year's 现行有效件数 + 本年制发件数 − 本年废止件数, for 规章 and 行政规范性文件. Informational:
/// a clean-up of normative documents legitimately re-bases the count.
/// </summary>
public sealed class OGL3102ValidDocuments : ReportRule
{
    private const int Issued = 0;
    private const int Repealed = 1;
    private const int Valid = 2;

    private static readonly string[] RowKeys = ["T2.Regulations", "T2.NormativeDocuments"];

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.ValidDocuments;

    public override void Analyze(RuleContext context)
    {
        var previous = context.Options.PreviousYear;
        if (previous?.Table2 is null || context.Document.Table2 is null || !CrossYear.AreConsecutive(previous, context.Document))
        {
            return;
        }

        foreach (string key in RowKeys)
        {
            var row = context.Document.Table2.Row(key);
            if (row?.ValueAt(Issued) is not { HasNumber: true } issued
                || row.ValueAt(Repealed) is not { HasNumber: true } repealed
                || row.ValueAt(Valid) is not { HasNumber: true } valid
                || previous.Table2.Row(key)?.ValueAt(Valid) is not { HasNumber: true } before)
            {
                continue;
            }

            decimal expected = before.Number!.Value + issued.Number!.Value - repealed.Number!.Value;
            if (valid.Number != expected)
            {
                context.Report(valid.Span, context.Message(
                    "Message",
                    row.Definition.Label,
                    RuleHelpers.Number(valid.Number!.Value),
                    RuleHelpers.Number(before.Number.Value),
                    RuleHelpers.Number(issued.Number.Value),
                    RuleHelpers.Number(repealed.Number.Value),
                    RuleHelpers.Number(expected)));
            }
        }
    }
}
