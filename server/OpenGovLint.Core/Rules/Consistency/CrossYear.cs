using System.Globalization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Consistency;

/// <summary>What the cross-year rules share: the years of the two reports.</summary>
internal static class CrossYear
{
    public static int? Year(ReportDocument document) => document.Title?.Year ?? document.Period?.EndYear;

    /// <summary>False only when both years are known and the previous report is not of the year before.</summary>
    public static bool AreConsecutive(ReportDocument previous, ReportDocument current) =>
        Year(previous) is not int before || Year(current) is not int now || before + 1 == now;

    public static string YearText(ReportDocument document) =>
        Year(document)?.ToString(CultureInfo.InvariantCulture) ?? "上一";
}
