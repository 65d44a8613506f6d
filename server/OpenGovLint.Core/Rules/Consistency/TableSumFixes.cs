using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>What the sum rules report with a failing sum: every cell it involves, and the unsafe fix.</summary>
internal static class TableSumFixes
{
    /// <summary>Every cell of the sum, for relatedInformation: built when an output shows it.</summary>
    public static IReadOnlyList<RelatedLocation> Related(this TableSum sum, RuleContext context) =>
        new DeferredList<RelatedLocation>(() => BuildRelated(sum, context));

    private static List<RelatedLocation> BuildRelated(TableSum sum, RuleContext context)
    {
        var related = new List<RelatedLocation> { context.Related(sum.Total.Span, context.Shared("Related_Total", TableRelations.Number(sum.Total.Number!.Value))) };
        for (int i = 0; i < sum.Parts.Count; i++)
        {
            related.Add(context.Related(sum.Parts[i].Span, context.Shared("Related_Cell", sum.PartNames[i] + " = " + TableRelations.Number(sum.Parts[i].Number!.Value))));
        }

        return related;
    }

    /// <summary>The unsafe fix: write the sum into the total cell.</summary>
    public static CodeFix SetTotalFix(this TableSum sum, RuleContext context) =>
        context.Fix(FixApplicability.Unsafe, context.Message("Fix", TableRelations.Number(sum.Sum), sum.Total.Text), new TextEdit(sum.Total.Span, TableRelations.Number(sum.Sum)));

    /// <summary>The terms of the sum as the message writes them ("5+3+0+0+2+1").</summary>
    public static string Terms(this TableSum sum, bool skipZeros = false)
    {
        var terms = sum.Parts.Select(p => p.Number!.Value).Where(v => !skipZeros || v != 0).ToArray();
        return terms.Length == 0 ? "0" : string.Join("+", terms.Select(TableRelations.Number));
    }
}
