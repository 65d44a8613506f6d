using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>Finds the title among the lines above the first part, and the agency and year it names.</summary>
internal static partial class TitleDetector
{
    private const int MaxTitleLength = 60;

    public static ReportTitle? Find(SourceText text, ScannedLine[] lines, int firstSectionLine)
    {
        int limit = Math.Min(firstSectionLine < 0 ? lines.Length : firstSectionLine, 12);
        for (int i = 0; i < limit; i++)
        {
            var line = lines[i];
            if (line.Kind != LineKind.Text)
            {
                continue;
            }

            string content = StripHeadingMarks(line.Text, out int skipped);
            string compact = TextNormalizer.Compact(content);
            if (compact.Length > MaxTitleLength || compact.Contains('《') || compact.EndsWith('。') || !compact.Contains("政府信息公开") || !compact.Contains("报告"))
            {
                continue;
            }

            int first = i;
            TextSpan span = new(line.Cells[0].Span.Start + skipped, content.Length);

            // "石狮市大数据管理局" on one line, "2022 年政府信息公开工作年度报告" on the next.
            if (YearFirst().IsMatch(compact) && PreviousTextLine(lines, i) is { } previous && IsAgencyLine(previous.Text))
            {
                first = previous.Line;
                string agencyText = StripHeadingMarks(previous.Text, out int agencySkipped);
                compact = TextNormalizer.Compact(agencyText) + compact;
                span = TextSpan.FromBounds(previous.Cells[0].Span.Start + agencySkipped, span.End);
            }

            var match = TitlePattern().Match(compact);
            string? agency = match.Success && match.Groups["agency"].Length > 0 ? match.Groups["agency"].Value : null;
            int? year = match.Success ? Digits.Parse(match.Groups["year"].ValueSpan) : null;
            bool canonical = CanonicalPattern().IsMatch(compact);
            return new ReportTitle(text.GetText(span), span, first, i, agency, year, canonical);
        }

        return null;
    }

    /// <summary>Looks for the agency and the year elsewhere in the text, to build a missing title.</summary>
    public static (string? Agency, int? Year) Infer(string text, int? periodYear)
    {
        var quoted = QuotedTitle().Match(text);
        if (quoted.Success)
        {
            return (quoted.Groups["agency"].Value, Digits.Parse(quoted.Groups["year"].ValueSpan));
        }

        int? year = periodYear;
        string? agency = null;
        var host = Host().Match(text);
        if (host.Success)
        {
            agency = host.Groups["agency"].Value;
        }
        else if (year is { } y)
        {
            var opening = Opening().Match(text);
            while (opening.Success && agency is null)
            {
                if (Digits.Parse(opening.Groups["year"].ValueSpan) == y)
                {
                    agency = opening.Groups["agency"].Value;
                }

                opening = opening.NextMatch();
            }
        }

        return (agency, year);
    }

    /// <summary>
    /// A title that runs into the text after it, near the start of a long line (flattened web text:
    /// <c>当前位置：首页… 平潭综合实验区2021年度政府信息公开工作年度报告 来源：…</c>).
    /// </summary>
    public static ReportTitle? RunInTitle(SourceText text, TextSpan span)
    {
        const int SearchLength = 240;
        int line = text.GetLineFromPosition(span.Start);
        var head = text.GetText(new TextSpan(span.Start, Math.Min(span.Length, SearchLength)));
        var match = RunInTitlePattern().Match(head);
        if (!match.Success || (match.Index > 0 && head[match.Index - 1] == '《'))
        {
            return null; // a report named in 《》 is cited, not titled
        }

        var titleSpan = new TextSpan(span.Start + match.Index, match.Length);
        string agency = match.Groups["agency"].Value;
        int? year = Digits.Parse(match.Groups["year"].ValueSpan);
        bool canonical = CanonicalPattern().IsMatch(TextNormalizer.Compact(match.Value));
        return new ReportTitle(match.Value, titleSpan, line, line, agency, year, canonical);
    }

    /// <summary>
    /// The title's text without Markdown heading marks and without an archive's field name before it (<c>标题：</c>, as the
    /// archives of scraped pages write the page's title above its text).
    /// </summary>
    private static string StripHeadingMarks(string text, out int skipped)
    {
        int i = 0;
        while (i < text.Length && text[i] == '#')
        {
            i++;
        }

        while (i < text.Length && LineScanner.IsBlank(text[i]))
        {
            i++;
        }

        if (text.AsSpan(i).StartsWith("标题") && i + 2 < text.Length && text[i + 2] is ':' or '：')
        {
            i += 3;
            while (i < text.Length && LineScanner.IsBlank(text[i]))
            {
                i++;
            }
        }

        skipped = i;
        return text[i..];
    }

    private static ScannedLine? PreviousTextLine(ScannedLine[] lines, int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (lines[i].Kind != LineKind.Blank)
            {
                return lines[i].Kind == LineKind.Text ? lines[i] : null;
            }
        }

        return null;
    }

    private static bool IsAgencyLine(string text)
    {
        string compact = TextNormalizer.Compact(StripHeadingMarks(text, out _));
        return compact.Length is >= 2 and <= 30 && compact.AsSpan().IndexOfAny("。，,；;：:") < 0 && !compact.Contains("报告");
    }

    [GeneratedRegex(@"(?<agency>[\p{IsCJKUnifiedIdeographs}（）()]{2,30}?)\s*(?<year>\d{4})\s*年度?\s*政府信息公开工作年度报告")]
    private static partial Regex RunInTitlePattern();

    [GeneratedRegex(@"^\d{4}年")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"^(?<agency>.*?)(?<year>\d{4})年度?")]
    private static partial Regex TitlePattern();

    [GeneratedRegex(@"^.+\d{4}年政府信息公开工作年度报告$")]
    private static partial Regex CanonicalPattern();

    [GeneratedRegex(@"《\s*(?<agency>[^《》\s\d]{2,30}?)\s*(?<year>\d{4})\s*年\s*度?\s*政府信息公开工作年度报告\s*》")]
    private static partial Regex QuotedTitle();

    [GeneratedRegex(@"主办(?:单位)?\s*[:：]\s*(?<agency>[\p{IsCJKUnifiedIdeographs}]{2,30}?(?:人民政府办公室|人民政府|委员会|办公室|管理局|总局|局|厅|委|办|院|署|中心|办事处|政府))")]
    private static partial Regex Host();

    [GeneratedRegex(@"(?<year>\d{4})\s*年\s*[,，]\s*(?<agency>[\p{IsCJKUnifiedIdeographs}]{2,30}?(?:人民政府办公室|人民政府|委员会|办公室|管理局|总局|局|厅|委|办|院|署|中心|办事处|政府))")]
    private static partial Regex Opening();
}
