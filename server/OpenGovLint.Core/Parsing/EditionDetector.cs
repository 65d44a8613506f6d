using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Decides which edition a report is checked against (spec §7) from the year it covers: the title's year, else the
/// statistics period's, else the year the text cites for its figures — the year most sentences open with
/// (<c>2020年，我局…</c>; on a tie the earlier, since part 五 opens its plans with the next year). A report with no year
/// is read as the current edition, and says so (OGL1010).
/// </summary>
internal static partial class EditionDetector
{
    public static EditionDecision Decide(SourceText text, ReportTitle? title, StatisticsPeriod? period, IReadOnlyList<TextSpan> prose)
    {
        if (title?.Year is int titleYear)
        {
            return new EditionDecision(Editions.ForYear(titleYear), titleYear, EditionSource.Title, title.Span);
        }

        if ((period?.EndYear ?? period?.StartYear) is int periodYear)
        {
            return new EditionDecision(Editions.ForYear(periodYear), periodYear, EditionSource.Period, period!.Span);
        }

        return TextYear(text, prose) is var (year, span)
            ? new EditionDecision(Editions.ForYear(year), year, EditionSource.Text, span)
            : EditionDecision.Assumed;
    }

    /// <summary>The year most sentences of the prose open with, and where it is first cited.</summary>
    private static (int Year, TextSpan Span)? TextYear(SourceText text, IReadOnlyList<TextSpan> prose)
    {
        var counts = new Dictionary<int, (int Count, TextSpan First)>();
        foreach (var span in prose)
        {
            string piece = text.GetText(span);
            if (!piece.Contains('年', StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in OpeningYearRegex().Matches(piece))
            {
                var group = m.Groups["year"];
                int year = Digits.Parse(group.ValueSpan);
                var at = new TextSpan(span.Start + group.Index, group.Length);
                counts[year] = counts.TryGetValue(year, out var seen) ? (seen.Count + 1, seen.First) : (1, at);
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var best = counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Key).First();
        return (best.Key, best.Value.First);
    }

    // A sentence or clause that opens with a year and a comma: "2020年，", "2020 年度,".
    [GeneratedRegex(@"(?:^|(?<=[。；;！？!?\s]))(?<year>(?:19|20)\d{2})\s*年度?\s*[，,]", RegexOptions.Multiline)]
    private static partial Regex OpeningYearRegex();
}
