namespace OpenGovLint.Core.Documents;

/// <summary>
/// Which documents are 政府信息公开工作年度报告: the one definition the CLI (for files found by walking folders and
/// globs), the language server (for the workspace's reports) and the VS Code extension (through the constants
/// generated into client-vscode/src/reportRecognition.generated.ts) all use.
/// <para>
/// A report names its subject: its text names both 政府信息公开 and 年度报告. So do documents about reports (a README,
/// rule pages, notes), so the text must also be laid out as a report is, in one of two ways:
/// </para>
/// <list type="bullet">
/// <item>its title, the first line of text, names both and a year (“厦门市某某局2025年政府信息公开工作年度报告”): a draft
/// is a report from its first line on;</item>
/// <item>or it heads at least four of the six parts the layout fixes with their ordinals (一、总体情况,
/// 二、主动公开政府信息情况…), on lines of their own or, in text scraped from a web page, run together: a pasted report
/// without its title still has its parts.</item>
/// </list>
/// <para>
/// Text that only talks about reports quotes them: fenced code blocks are not read, and a part heading right after an
/// opening quotation mark (“一、总体情况”) does not count. Only the first <see cref="ScanLimit"/> characters are read: the
/// title and the parts come early, and a huge file is not read twice.
/// </para>
/// </summary>
public static class ReportRecognizer
{
    /// <summary>How many characters of a document are looked at.</summary>
    public const int ScanLimit = 256 * 1024;

    /// <summary>The subject every report names.</summary>
    public const string Subject = "政府信息公开";

    /// <summary>What every report calls itself.</summary>
    public const string Kind = "年度报告";

    /// <summary>The longest first line that counts as a title (characters, outer whitespace removed).</summary>
    public const int TitleMaxLength = 60;

    /// <summary>How many of the six parts a report without such a title must name.</summary>
    public const int MinimumParts = 4;

    /// <summary>
    /// What is trimmed from each line before it is read: spaces, tabs, the carriage return of CRLF text, the no-break
    /// and ideographic spaces, a stray byte-order mark. Spelled out so that every implementation trims the same.
    /// </summary>
    public const string Whitespace = " \t\r\f\v\u00a0\u3000\ufeff";

    /// <summary>The ordinals parts are numbered with (a renumbered report may reach 七 or beyond).</summary>
    public const string Ordinals = "一二三四五六七八九十";

    /// <summary>What follows a part's ordinal: 一、 一． 一.</summary>
    public const string OrdinalSeparators = "、．.";

    /// <summary>Marks that open a quotation: a part heading right after one is quoted, not a heading.</summary>
    public const string OpeningQuotes = "“\"‘'「『《〈";

    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(OrdinalSeparators);

    /// <summary>How many characters after a part's ordinal its name must lie within (四、政府信息公开行政复议…).</summary>
    public const int PartNameWindow = 16;

    /// <summary>
    /// The six parts of the layout, each by the words that name it in the 2021 layout and in the earlier ones (2009:
    /// 概述, 依申请公开政府信息的情况).
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> Parts { get; } =
    [
        ["总体情况", "概述"],
        ["主动公开政府信息"],
        ["收到和处理政府信息公开申请", "依申请公开政府信息"],
        ["行政复议"],
        ["存在的主要问题"],
        ["其他需要报告的事项"],
    ];

    /// <summary>True when <paramref name="text"/> is an annual report by the definition above.</summary>
    public static bool IsReport(ReadOnlySpan<char> text)
    {
        var head = text.Length > ScanLimit ? text[..ScanLimit] : text;
        if (head.IndexOf(Subject, StringComparison.Ordinal) < 0 || head.IndexOf(Kind, StringComparison.Ordinal) < 0)
        {
            return false;
        }

        bool inFence = false;
        bool sawText = false;
        Span<bool> named = stackalloc bool[Parts.Count];
        int namedCount = 0;
        foreach (var range in head.Split('\n'))
        {
            var line = head[range].Trim(Whitespace);
            if (line.StartsWith("```", StringComparison.Ordinal) || line.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence || line.IsEmpty)
            {
                continue;
            }

            if (!sawText && !line.StartsWith("<!--", StringComparison.Ordinal))
            {
                sawText = true;
                if (IsTitle(line))
                {
                    return true;
                }
            }

            namedCount += NameParts(line, named);
            if (namedCount >= MinimumParts)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTitle(ReadOnlySpan<char> line) =>
        line.Length <= TitleMaxLength
        && line.IndexOf(Subject, StringComparison.Ordinal) >= 0
        && line.IndexOf(Kind, StringComparison.Ordinal) >= 0
        && NamesYear(line);

    /// <summary>Four digits in a row, half-width or full-width.</summary>
    private static bool NamesYear(ReadOnlySpan<char> line)
    {
        int run = 0;
        foreach (char c in line)
        {
            run = c is (>= '0' and <= '9') or (>= '０' and <= '９') ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Marks the parts the line heads with their ordinals; returns how many it newly named.</summary>
    private static int NameParts(ReadOnlySpan<char> line, Span<bool> named)
    {
        int found = 0;
        for (int s = FindSeparator(line, 1); s >= 0; s = FindSeparator(line, s + 1))
        {
            int i = s - 1;
            if (!Ordinals.Contains(line[i]) || (i > 0 && OpeningQuotes.Contains(line[i - 1])))
            {
                continue;
            }

            var after = line[(s + 1)..].TrimStart(Whitespace);
            var window = after.Length > PartNameWindow ? after[..PartNameWindow] : after;
            for (int part = 0; part < Parts.Count; part++)
            {
                if (!named[part] && NamesAny(window, Parts[part]))
                {
                    named[part] = true;
                    found++;
                }
            }
        }

        return found;
    }

    /// <summary>The next ordinal separator at or after <paramref name="from"/> (never at 0: an ordinal precedes it); -1 if none.</summary>
    private static int FindSeparator(ReadOnlySpan<char> line, int from)
    {
        if (from >= line.Length)
        {
            return -1;
        }

        int found = line[from..].IndexOfAny(Separators);
        return found < 0 ? -1 : from + found;
    }

    private static bool NamesAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        foreach (string word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
