using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>The year a report is about: the title's year, else the end year of its statistics period.</summary>
internal static class ReportYear
{
    public static int? Of(ReportDocument document) => document.Title?.Year ?? document.Period?.EndYear ?? document.Period?.StartYear;
}
