using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>Finds the statistics period statement and whether it is well formed.</summary>
internal static partial class PeriodDetector
{
    public static StatisticsPeriod? Find(SourceText text)
    {
        string s = text.Text;
        var statement = Statement().Match(s);
        if (statement.Success)
        {
            // The statement runs from 统计 to the end of its sentence.
            int start = statement.Index;
            int end = start;
            while (end < s.Length && s[end] is not ('。' or '\n' or '\r' or '；'))
            {
                end++;
            }

            var span = TextSpan.FromBounds(start, end);
            string sentence = s[start..end];
            var full = WellFormed().Match(sentence);
            if (full.Success)
            {
                return Build(text, span, full, true);
            }

            var partial = StartOnly().Match(sentence);
            int? startYear = partial.Success ? Year(partial.Groups["y1"]) : null;
            return new StatisticsPeriod(sentence, span, startYear, startYear, false);
        }

        var bare = WellFormed().Match(s);
        return bare.Success ? Build(text, new TextSpan(bare.Index, bare.Length), bare, true) : null;
    }

    private static StatisticsPeriod Build(SourceText text, TextSpan span, Match match, bool wellFormed)
    {
        int? y1 = Year(match.Groups["y1"]);
        int? y2 = match.Groups["y2"].Success ? Year(match.Groups["y2"]) : y1;
        return new StatisticsPeriod(text.GetText(span), span, y1, y2, wellFormed);
    }

    private static int? Year(Group group) =>
        group.Success ? Digits.Parse(group.ValueSpan) : null;

    [GeneratedRegex(@"统计(?:期限|时限|期间|区间|时间|周期|范围|时段)")]
    private static partial Regex Statement();

    [GeneratedRegex(@"(?<y1>\d{4})\s*年\s*0?1\s*月\s*0?1\s*日\s*(?:起)?\s*(?:至|到|—|-|～|~)\s*(?:(?<y2>\d{4})\s*年\s*)?12\s*月\s*31\s*日")]
    private static partial Regex WellFormed();

    [GeneratedRegex(@"(?<y1>\d{4})\s*年\s*0?1\s*月\s*0?1\s*日")]
    private static partial Regex StartOnly();
}
