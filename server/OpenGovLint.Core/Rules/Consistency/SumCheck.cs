using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>
/// A total and the cells it should add up to. Built only from well-formed rows whose cells all hold numbers, so a
/// defect found by a table rule (OGL2003, OGL2006, OGL2007) does not cascade into sum errors.
/// </summary>
internal sealed record SumCheck(TableValue Total, IReadOnlyList<TableValue> Parts)
{
    public decimal Sum => Parts.Sum(p => p.Number!.Value);

    public bool Holds => Total.Number == Sum;

    public static SumCheck? From(TableValue? total, IEnumerable<TableValue?> parts)
    {
        if (total is not { HasNumber: true })
        {
            return null;
        }

        var list = new List<TableValue>();
        foreach (var part in parts)
        {
            if (part is not { HasNumber: true })
            {
                return null;
            }

            list.Add(part);
        }

        return new SumCheck(total, list);
    }

    /// <summary>Every cell of the sum, for relatedInformation.</summary>
    public IReadOnlyList<RelatedLocation> Related(RuleContext context, Func<int, string> partName)
    {
        var related = new List<RelatedLocation> { context.Related(Total.Span, context.Shared("Related_Total", RuleHelpers.Number(Total.Number!.Value))) };
        for (int i = 0; i < Parts.Count; i++)
        {
            related.Add(context.Related(Parts[i].Span, context.Shared("Related_Cell", partName(i) + " = " + RuleHelpers.Number(Parts[i].Number!.Value))));
        }

        return related;
    }

    /// <summary>The unsafe fix: write the sum into the total cell.</summary>
    public CodeFix SetTotalFix(RuleContext context) =>
        context.Fix(FixApplicability.Unsafe, context.Message("Fix", RuleHelpers.Number(Sum), Total.Text), new TextEdit(Total.Span, RuleHelpers.Number(Sum)));
}
