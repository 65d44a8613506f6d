namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Page numbers and footers that a PDF or a print layout leaves in extracted text, in tables and prose alike:
/// <c>— 4 —</c>, <c>- 12 -</c>, <c>第 3 页</c>, <c>第3页 共12页</c>, <c>3/12</c>.
/// </summary>
internal static class PageFooter
{
    private const int MaxLength = 16;

    /// <summary>Every line is asked: plain loops, and most lines are turned away by their length or first character.</summary>
    public static bool IsFooter(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLength)
        {
            return false;
        }

        char first = line[0];
        if (IsDash(first))
        {
            return DashedNumber(line);
        }

        if (IsDigit(first))
        {
            return PageOfPages(line);
        }

        return first == '第' && PageNumber(line);
    }

    // — 4 —
    private static bool DashedNumber(ReadOnlySpan<char> line)
    {
        int i = 0;
        int dashes = Skip(line, ref i, Kind.Dash);
        Skip(line, ref i, Kind.Blank);
        int digits = Skip(line, ref i, Kind.Digit);
        Skip(line, ref i, Kind.Blank);
        int closing = Skip(line, ref i, Kind.Dash);
        return i == line.Length && dashes > 0 && closing > 0 && digits is > 0 and <= 4;
    }

    // 3/12
    private static bool PageOfPages(ReadOnlySpan<char> line)
    {
        int i = 0;
        int digits = Skip(line, ref i, Kind.Digit);
        Skip(line, ref i, Kind.Blank);
        if (digits is 0 or > 4 || i >= line.Length || line[i] is not ('/' or '／'))
        {
            return false;
        }

        i++;
        Skip(line, ref i, Kind.Blank);
        int total = Skip(line, ref i, Kind.Digit);
        return i == line.Length && total is > 0 and <= 4;
    }

    // 第 3 页, 第3页 共12页, 第3页/共12页
    private static bool PageNumber(ReadOnlySpan<char> line)
    {
        int i = 0;
        if (!Page(line, ref i, '第'))
        {
            return false;
        }

        while (i < line.Length && (IsBlank(line[i]) || line[i] is ',' or '，' or '/' or '／'))
        {
            i++;
        }

        return i == line.Length || (Page(line, ref i, '共') && i == line.Length);
    }

    private static bool Page(ReadOnlySpan<char> line, ref int i, char opening)
    {
        if (i >= line.Length || line[i] != opening)
        {
            return false;
        }

        i++;
        Skip(line, ref i, Kind.Blank);
        if (Skip(line, ref i, Kind.Digit) is 0 or > 4)
        {
            return false;
        }

        Skip(line, ref i, Kind.Blank);
        if (i >= line.Length || line[i] != '页')
        {
            return false;
        }

        i++;
        Skip(line, ref i, Kind.Blank);
        return true;
    }

    private enum Kind
    {
        Dash,
        Blank,
        Digit,
    }

    private static int Skip(ReadOnlySpan<char> line, ref int i, Kind kind)
    {
        int start = i;
        while (i < line.Length && (kind == Kind.Dash ? IsDash(line[i]) : kind == Kind.Blank ? IsBlank(line[i]) : IsDigit(line[i])))
        {
            i++;
        }

        return i - start;
    }

    private static bool IsDash(char c) => c is '—' or '-' or '－' or '–' or '―' or '~' or '～' or '·';

    private static bool IsBlank(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
}
