using OpenGovLint.Core.Extraction;

namespace OpenGovLint.Cli.Extract;

/// <summary>One row of the extract: the report's source file (as displayed) and its figures.</summary>
internal sealed record ExtractedReport(string SourceFile, ReportFigures Figures);

/// <summary>The sums of every column over the reports that state it (a missing figure adds nothing and is not a zero).</summary>
internal static class ExtractTotals
{
    public static decimal?[] Of(IReadOnlyList<ExtractedReport> reports)
    {
        var totals = new decimal?[ReportFigures.Columns.Count];
        foreach (var report in reports)
        {
            for (int i = 0; i < totals.Length; i++)
            {
                if (report.Figures.Values[i] is { } value)
                {
                    totals[i] = (totals[i] ?? 0) + value;
                }
            }
        }

        return totals;
    }
}
