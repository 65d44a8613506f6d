namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Page numbers and footers that a PDF or a print layout leaves in extracted text, in tables and prose alike:
/// <c>— 4 —</c>, <c>- 12 -</c>, <c>第 3 页</c>, <c>第3页 共12页</c>, <c>3/12</c>.
/// </summary>
internal static class PageFooter
{
    private const int MaxLength = 16;

    public static bool IsFooter(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxLength)
        {
            return false;
        }

        // — 4 —
        int i = 0;
        int dashes = SkipWhile(line, ref i, IsDash);
        SkipWhile(line, ref i, IsBlank);
        int digits = SkipWhile(line, ref i, IsDigit);
        SkipWhile(line, ref i, IsBlank);
        int closing = SkipWhile(line, ref i, IsDash);
        if (i == line.Length && dashes > 0 && closing > 0 && digits is > 0 and <= 4)
        {
            return true;
        }

        // 3/12
        i = 0;
        digits = SkipWhile(line, ref i, IsDigit);
        SkipWhile(line, ref i, IsBlank);
        if (digits is > 0 and <= 4 && i < line.Length && line[i] is '/' or '／')
        {
            i++;
            SkipWhile(line, ref i, IsBlank);
            int total = SkipWhile(line, ref i, IsDigit);
            return i == line.Length && total is > 0 and <= 4;
        }

        // 第 3 页, 第3页 共12页, 第3页/共12页
        i = 0;
        if (!Page(line, ref i, '第'))
        {
            return false;
        }

        SkipWhile(line, ref i, c => IsBlank(c) || c is ',' or '，' or '/' or '／');
        return i == line.Length || (Page(line, ref i, '共') && i == line.Length);
    }

    private static bool Page(ReadOnlySpan<char> line, ref int i, char first)
    {
        if (i >= line.Length || line[i] != first)
        {
            return false;
        }

        i++;
        SkipWhile(line, ref i, IsBlank);
        if (SkipWhile(line, ref i, IsDigit) is 0 or > 4)
        {
            return false;
        }

        SkipWhile(line, ref i, IsBlank);
        if (i >= line.Length || line[i] != '页')
        {
            return false;
        }

        i++;
        SkipWhile(line, ref i, IsBlank);
        return true;
    }

    private static int SkipWhile(ReadOnlySpan<char> line, ref int i, Func<char, bool> predicate)
    {
        int start = i;
        while (i < line.Length && predicate(line[i]))
        {
            i++;
        }

        return i - start;
    }

    private static bool IsDash(char c) => c is '—' or '-' or '－' or '–' or '―' or '~' or '～' or '·';

    private static bool IsBlank(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
}
