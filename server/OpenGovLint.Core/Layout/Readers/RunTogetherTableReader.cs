using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Reads a standard table whose cells run together in one line, as flattened web text has them (spec §8):
/// <c>一、本年新收政府信息公开申请数量640020470二、上年结转…</c>. The stretch is cut into runs of digits and runs of words;
/// the words are cut into the table's labels and headers by its vocabulary (compared as keys, so spaces, widths and
/// punctuation do not count), and each run of digits becomes one cell for the model builder to split by the table's
/// relations. An item ordinal run into the digits before it (<c>00000002.其他法律…</c>) is given back to its label.
/// </summary>
internal static class RunTogetherTableReader
{
    private static readonly string[] Table2Words = BuildTable2Words();

    private static readonly string[] Table3Words = BuildTable3Words();

    private static readonly string[] Table4Words = BuildTable4Words();

    private static readonly HashSet<char> FirstCharacters = [.. Table2Words.Concat(Table3Words).Concat(Table4Words).Select(w => w[0])];

    /// <summary>
    /// The table of <paramref name="kind"/> read from <paramref name="region"/>, its span trimmed to the cells it holds:
    /// from its first known word to the last run of digits that follows a label. Null when no label is followed by digits.
    /// </summary>
    public static TableBlock? Read(SourceText text, TextSpan region, StandardTable kind)
    {
        var words = kind switch
        {
            StandardTable.ActiveDisclosure => Table2Words,
            StandardTable.Applications => Table3Words,
            _ => Table4Words,
        };
        int line = text.GetLineFromPosition(region.Start);
        var cells = new List<TableCell>();
        int lastValueCell = -1;
        foreach (var token in Tokens(text, region, figuresWithSigns: kind == StandardTable.ActiveDisclosure))
        {
            if (token.IsDigits)
            {
                // Digits before the first label are not the table's (a year in the prose before it).
                if (cells.Count > 0)
                {
                    cells.Add(new TableCell(text.GetText(token.Span), token.Span, line));
                    lastValueCell = cells.Count - 1;
                }

                continue;
            }

            AddWordCells(text, token.Span, words, line, cells);
        }

        if (lastValueCell < 0)
        {
            return null;
        }

        cells.RemoveRange(lastValueCell + 1, cells.Count - lastValueCell - 1);
        var span = TextSpan.FromBounds(cells[0].Span.Start, cells[^1].Span.End);
        return new TableBlock(span, kind, TableShape.RunTogether, cells, line, line) { Damage = TableDamage.RunTogether };
    }

    /// <summary>
    /// Cuts a run of words into cells: at each place the longest known word of the table that starts there; text between
    /// known words is one cell of its own (a variant or misspelt label, for the label matcher to judge). Text before the
    /// first known word is not the table's.
    /// </summary>
    private static void AddWordCells(SourceText text, TextSpan span, string[] words, int line, List<TableCell> cells)
    {
        var keyed = KeyedText.Of(text, span);
        string key = keyed.Key;
        int unknownStart = -1;
        int p = 0;
        while (p < key.Length)
        {
            string? word = LongestWordAt(key, p, words);
            if (word is null)
            {
                if (unknownStart < 0)
                {
                    unknownStart = p;
                }

                p++;
                continue;
            }

            if (unknownStart >= 0 && cells.Count > 0)
            {
                AddCell(text, keyed, unknownStart, p, span, line, cells);
            }

            unknownStart = -1;
            AddCell(text, keyed, p, p + word.Length, span, line, cells);
            p += word.Length;
        }

        if (unknownStart >= 0 && cells.Count > 0)
        {
            AddCell(text, keyed, unknownStart, key.Length, span, line, cells);
        }
    }

    /// <summary>
    /// A cell from key characters [start, end), widened to take the punctuation that belongs to it: an opening bracket
    /// before it (<c>（一）</c>) and a closing bracket or separator after it, within the word run.
    /// </summary>
    private static void AddCell(SourceText text, KeyedText keyed, int start, int end, TextSpan run, int line, List<TableCell> cells)
    {
        var span = keyed.SourceSpan(text, start, end);
        int from = span.Start;
        while (from > run.Start && IsLeadingMark(text[from - 1]))
        {
            from--;
        }

        int to = span.End;
        while (to < run.End && IsTrailingMark(text[to]))
        {
            to++;
        }

        var cellSpan = TextSpan.FromBounds(from, to);
        cells.Add(new TableCell(text.GetText(cellSpan), cellSpan, line));
    }

    private static bool IsLeadingMark(char c) => c is '（' or '(' or '“' or '"' or '【' or '〔';

    private static bool IsTrailingMark(char c) => c is '）' or ')' or '”' or '"' or '】' or '〕' or '、' or '.' or '．' or '：' or ':';

    private static string? LongestWordAt(string key, int position, string[] words)
    {
        if (!FirstCharacters.Contains(key[position]))
        {
            return null; // most characters of a long stretch start no word: decided without a scan
        }

        // Words are sorted longest first: the first that fits is the longest.
        foreach (var word in words)
        {
            if (word.Length <= key.Length - position && string.CompareOrdinal(key, position, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// The stretch cut into runs of digits (with the spaces and decimal points between them) and runs of words. With
    /// <paramref name="figuresWithSigns"/> (table 2, whose trial layout has signed changes and amounts of money), a sign
    /// right before a digit opens a run (<c>2648-18538</c> is two runs) and a unit right after one closes it (<c>…2.52元</c>).
    /// </summary>
    private static List<Token> Tokens(SourceText text, TextSpan region, bool figuresWithSigns)
    {
        var tokens = new List<Token>();
        var content = text.AsSpan(region);
        int i = 0;
        while (i < content.Length)
        {
            int start = i;
            if (IsDigit(content[i]) || (figuresWithSigns && IsSignedStart(content, i)))
            {
                int end = i + 1;
                int j = end;
                while (j < content.Length)
                {
                    if (IsDigit(content[j]))
                    {
                        end = ++j;
                    }
                    else if (content[j] is ' ' or '\u3000' or '\u00A0' or '.' or '．')
                    {
                        j++;
                    }
                    else
                    {
                        break;
                    }
                }

                if (figuresWithSigns)
                {
                    end += content[end..].StartsWith("万元") ? 2 : content[end..].StartsWith("元") ? 1 : 0;
                }

                tokens.Add(new Token(TextSpan.FromBounds(region.Start + start, region.Start + end), true));
                i = end;
                continue;
            }

            while (i < content.Length && !IsDigit(content[i]) && !(figuresWithSigns && IsSignedStart(content, i)))
            {
                i++;
            }

            var span = TextSpan.FromBounds(region.Start + start, region.Start + i);
            if (!text.AsSpan(span).IsWhiteSpace())
            {
                tokens.Add(new Token(span, false));
            }
        }

        GiveBackOrdinals(text, tokens);
        return tokens;
    }

    /// <summary>
    /// <c>00000002.其他法律…</c>: the 2 is the next label's ordinal, not a figure. When a word run starts with an ordinal's
    /// separator and the digit before it completes an item ordinal (1–9), that digit moves to the word run.
    /// </summary>
    private static void GiveBackOrdinals(SourceText text, List<Token> tokens)
    {
        for (int i = 1; i < tokens.Count; i++)
        {
            var words = tokens[i];
            var digits = tokens[i - 1];
            if (words.IsDigits || !digits.IsDigits || words.Span.Start != digits.Span.End || text[words.Span.Start] is not ('.' or '．' or '、'))
            {
                continue;
            }

            char last = text[digits.Span.End - 1];
            if (last is '0' or '０')
            {
                continue;
            }

            int cut = digits.Span.End - 1;
            tokens[i] = words with { Span = TextSpan.FromBounds(cut, words.Span.End) };
            int digitsEnd = cut;
            while (digitsEnd > digits.Span.Start && !IsDigit(text[digitsEnd - 1]))
            {
                digitsEnd--;
            }

            if (digitsEnd == digits.Span.Start)
            {
                tokens.RemoveAt(i - 1);
                i--;
            }
            else
            {
                tokens[i - 1] = digits with { Span = TextSpan.FromBounds(digits.Span.Start, digitsEnd) };
            }
        }
    }

    /// <summary>A sign right before a digit: the start of a signed figure.</summary>
    private static bool IsSignedStart(ReadOnlySpan<char> content, int i) =>
        content[i] is '-' or '−' or '－' or '+' or '＋' && i + 1 < content.Length && IsDigit(content[i + 1]);

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private static string[] BuildTable2Words()
    {
        var words = new List<string>();
        foreach (var block in Table2Layout.Blocks)
        {
            words.Add(block.Caption);
            words.AddRange(block.Columns);
            foreach (var row in block.Rows)
            {
                words.Add(row.Label);
                words.AddRange(row.Variants);
            }
        }

        words.AddRange(Table2Layout.LegacyLabels);
        words.Add("本年收费金额");
        words.Add("单位万元");
        return Sorted(words);
    }

    private static string[] BuildTable3Words()
    {
        var words = new List<string> { Table3Layout.Note, "本列数据的勾稽关系为", "本列数据的钩稽关系为", "第一项加第二项之和等于第三项加第四项之和", "商业", "企业", "科研", "机构", "社会公益", "组织", "法律服务" };
        words.AddRange(Table3Layout.Columns);
        words.AddRange(Table3Layout.GroupHeaders);
        foreach (var row in Table3Layout.Rows)
        {
            words.Add(row.Label);
        }

        return Sorted(words);
    }

    private static string[] BuildTable4Words()
    {
        var words = new List<string>(Table4Layout.HeaderWords) { "申请行政复议", "提起行政诉讼", "结果", "维持", "纠正", "尚未", "审结", "其他" };
        return Sorted(words);
    }

    private static string[] Sorted(IEnumerable<string> words) =>
        words.Select(TextNormalizer.Key).Where(k => k.Length > 0).Distinct().OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).ToArray();

    private readonly record struct Token(TextSpan Span, bool IsDigits);
}
