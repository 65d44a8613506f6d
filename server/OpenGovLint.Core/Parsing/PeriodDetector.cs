using System.Text;
using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Finds the statistics period statement and whether it is well formed. Only the report's prose is read: a comment, a
/// code block or a table that quotes a statement (a note a conversion left, <c>&lt;!-- … 统计期限… --&gt;</c>) is not the
/// report's statement.
/// </summary>
internal static partial class PeriodDetector
{
    /// <summary>How far past its line a statement is followed when text extracted from a PDF broke it over lines.</summary>
    private const int MaxBrokenStatementLength = 120;

    /// <param name="prose">The prose spans (headings and paragraphs), in document order.</param>
    public static StatisticsPeriod? Find(SourceText text, IReadOnlyList<TextSpan> prose)
    {
        string s = text.Text;
        foreach (var paragraph in prose)
        {
            var statement = Statement().Match(s, paragraph.Start, paragraph.Length);
            if (statement.Success)
            {
                return ReadStatement(text, statement.Index, paragraph.End);
            }
        }

        foreach (var paragraph in prose)
        {
            var bare = WellFormed().Match(s, paragraph.Start, paragraph.Length);
            if (bare.Success)
            {
                return Build(bare.Value, new TextSpan(bare.Index, bare.Length), bare);
            }
        }

        return null;
    }

    /// <summary>The statement from 统计 to the end of its sentence.</summary>
    private static StatisticsPeriod ReadStatement(SourceText text, int start, int paragraphEnd)
    {
        string s = text.Text;
        int end = start;
        while (end < paragraphEnd && s[end] is not ('。' or '\n' or '\r' or '；'))
        {
            end++;
        }

        var span = TextSpan.FromBounds(start, end);
        string sentence = s[start..end];
        var full = WellFormed().Match(sentence);
        if (full.Success)
        {
            return Build(sentence, span, full);
        }

        if (BrokenStatement(text, start, end, paragraphEnd) is { } broken)
        {
            return broken;
        }

        var partial = StartOnly().Match(sentence);
        int? startYear = partial.Success ? Year(partial.Groups["y1"]) : null;
        return new StatisticsPeriod(sentence, span, startYear, startYear, false);
    }

    /// <summary>
    /// A statement that text extracted line by line from a PDF broke over lines, even inside a number
    /// (<c>统计期限自</c> / <c>202</c> / <c>1</c> / <c>年1月1日至…</c>): read with its lines joined, up to the end of its
    /// sentence in the paragraph. Null when the joined text does not hold a well-formed period either.
    /// </summary>
    private static StatisticsPeriod? BrokenStatement(SourceText text, int start, int lineEnd, int paragraphEnd)
    {
        string s = text.Text;
        if (lineEnd >= paragraphEnd || s[lineEnd] is not ('\n' or '\r'))
        {
            return null; // the sentence ended on its line
        }

        int end = lineEnd;
        int limit = Math.Min(paragraphEnd, start + MaxBrokenStatementLength);
        while (end < limit && s[end] is not ('。' or '；'))
        {
            end++;
        }

        string joined = JoinLines(s.AsSpan(start, end - start));
        var full = WellFormed().Match(joined);
        return full.Success ? Build(joined, TextSpan.FromBounds(start, end), full) : null;
    }

    /// <summary>The text with its line breaks, and the blanks around them, taken out.</summary>
    private static string JoinLines(ReadOnlySpan<char> text)
    {
        var joined = new StringBuilder(text.Length);
        foreach (var range in text.Split('\n'))
        {
            joined.Append(text[range].Trim());
        }

        return joined.ToString();
    }

    /// <summary>A well-formed statement: its text as read, where it stands, and the years <paramref name="match"/> holds.</summary>
    private static StatisticsPeriod Build(string statement, TextSpan span, Match match)
    {
        int? y1 = Year(match.Groups["y1"]);
        int? y2 = match.Groups["y2"].Success ? Year(match.Groups["y2"]) : y1;
        return new StatisticsPeriod(statement, span, y1, y2, true);
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
