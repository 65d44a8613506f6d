namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// A sentence that opens with a year and a comma: <c>2025年，</c>, <c>2025 年度,</c>, <c>（一）2025年，</c>. <c>2019年以来</c>
/// and <c>2024年的报告</c> do not open a sentence about that year's work. The same as the pattern
/// <c>(?:^|(?&lt;=[。；;！？!?]))\s*(?:（[一…十]+）|\([一…十]+\))?\s*(?&lt;year&gt;(?:19|20)\d{2})\s*年度?\s*[，,]</c>
/// (multiline), read in one pass: OGL4002 looks at every line of parts 一 and 五, and the pattern's search tried every
/// position of each.
/// </summary>
internal static class OpeningYear
{
    /// <summary>
    /// The index of the next opening year's four digits at or after <paramref name="at"/>, which moves past the match;
    /// null when there is none.
    /// </summary>
    public static int? Next(ReadOnlySpan<char> line, ref int at)
    {
        for (int start = at; start < line.Length; start++)
        {
            if ((start == 0 || OpensAfter(line[start - 1])) && Match(line, start) is (int digits, int end))
            {
                at = end;
                return digits;
            }
        }

        at = line.Length;
        return null;
    }

    // Multiline ^ (after a line feed) or a sentence's end.
    private static bool OpensAfter(char c) => c is '\n' or '。' or '；' or ';' or '！' or '？' or '!' or '?';

    private static (int Digits, int End)? Match(ReadOnlySpan<char> line, int i)
    {
        i = SkipSpaces(line, i);
        if (i < line.Length && line[i] is '（' or '(')
        {
            char close = line[i] == '（' ? '）' : ')';
            int j = i + 1;
            while (j < line.Length && IsNumeral(line[j]))
            {
                j++;
            }

            if (j == i + 1 || j >= line.Length || line[j] != close)
            {
                return null;
            }

            i = SkipSpaces(line, j + 1);
        }

        int digits = i;
        if (i + 4 > line.Length || !((line[i] == '1' && line[i + 1] == '9') || (line[i] == '2' && line[i + 1] == '0')) || !char.IsDigit(line[i + 2]) || !char.IsDigit(line[i + 3]))
        {
            return null;
        }

        i = SkipSpaces(line, i + 4);
        if (i >= line.Length || line[i] != '年')
        {
            return null;
        }

        i++;
        if (i < line.Length && line[i] == '度')
        {
            i++;
        }

        i = SkipSpaces(line, i);
        return i < line.Length && line[i] is '，' or ',' ? (digits, i + 1) : null;
    }

    private static int SkipSpaces(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsNumeral(char c) => "一二三四五六七八九十".Contains(c);
}
