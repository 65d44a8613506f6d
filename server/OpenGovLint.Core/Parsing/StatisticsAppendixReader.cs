using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Reads the statistics appendix of a report before 2019 (spec §7): after its header (<c>指标名称 计量单位 2018年度 历年累计</c>,
/// or <c>年末统计</c> alone), each indicator is its name, its unit (条, 件, 人次 …) and one figure per column. The appendix
/// arrives one cell per line, spaced, or flattened with every separator gone (<c>主动公开文件数条206912106</c>), so the text
/// is cut into runs of words and runs of digits whatever its lines: a word run that ends in a unit is an indicator, the
/// digit runs after it its figures. Two figures that ran together are split only where one split is possible (no
/// leading zeros, this year's figure no larger than the running total); otherwise the row stays unresolved. An item
/// number run into the figures before it (<c>…2069121062.政府公报公开数</c>) goes back to its label. The appendix ends where
/// a run of words is not an indicator (a signature, a date, a sentence).
/// </summary>
internal static class StatisticsAppendixReader
{
    private const string Anchor = "指标名称";

    private const int MaxLabelKeyLength = 40;

    private static readonly string[] HeaderWords = ["指标名称", "计量单位", "单位", "年末统计", "本年度", "历年累计", "累计", "年度", "年"];

    /// <summary>Units, longest first.</summary>
    private static readonly string[] Units = ["件次", "人次", "万元", "条", "件", "次", "个", "份", "项", "元", "人", "篇", "期"];

    public static StatisticsAppendix? Read(SourceText text)
    {
        var keyed = KeyedText.Of(text, new TextSpan(0, text.Length));
        int anchor = keyed.Key.LastIndexOf(Anchor, StringComparison.Ordinal);
        if (anchor < 0)
        {
            return null;
        }

        int headerEnd = anchor;
        bool cumulative = false;
        while (headerEnd < keyed.Length)
        {
            if (YearAt(keyed.Key, headerEnd) is int year)
            {
                headerEnd += year;
                continue;
            }

            string? word = HeaderWords.FirstOrDefault(w => string.CompareOrdinal(keyed.Key, headerEnd, w, 0, w.Length) == 0);
            if (word is null)
            {
                break;
            }

            cumulative |= word.Contains("累计", StringComparison.Ordinal);
            headerEnd += word.Length;
        }

        if (headerEnd >= keyed.Length)
        {
            return null;
        }

        int bodyStart = keyed.SourceOffset(headerEnd);
        var rows = ReadRows(text, Tokens(text, TextSpan.FromBounds(bodyStart, text.Length)), cumulative ? 2 : 1, out int end);
        if (rows.Count == 0)
        {
            return null;
        }

        return new StatisticsAppendix(TextSpan.FromBounds(keyed.SourceOffset(anchor), end), cumulative ? 2 : 1, rows);
    }

    /// <summary>The length of a four-digit year at <paramref name="at"/> (<c>2018</c> of 2018年度), or null.</summary>
    private static int? YearAt(string key, int at)
    {
        if (at + 5 > key.Length)
        {
            return null;
        }

        for (int k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(key[at + k]))
            {
                return null;
            }
        }

        return key[at + 4] == '年' ? 4 : null;
    }

    private static List<AppendixRow> ReadRows(SourceText text, List<Token> tokens, int columns, out int end)
    {
        var rows = new List<AppendixRow>();
        var label = new List<Token>();
        string? unit = null;
        var figures = new List<Token>();
        int last = 0;

        void Finish()
        {
            if (label.Count > 0 && unit is not null)
            {
                rows.Add(Row(text, label, unit, figures, columns));
                last = figures.Count > 0 ? figures[^1].Span.End : label[^1].Span.End;
            }

            label.Clear();
            figures.Clear();
            unit = null;
        }

        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsDigits)
            {
                if (unit is not null)
                {
                    Finish();
                }

                string piece = text.GetText(token.Span);
                if (piece.AsSpan().IndexOfAny("。；;") >= 0)
                {
                    break;
                }

                label.Add(token);
                string key = TextNormalizer.Key(string.Concat(label.Select(t => text.GetText(t.Span))));
                if (key.Length > MaxLabelKeyLength)
                {
                    break;
                }

                // A unit of its own (a cell on its line) is the unit; a name that merely ends like one
                // (公开查阅点利用件次) waits for it.
                bool unitFollows = i + 1 < tokens.Count && !tokens[i + 1].IsDigits && Units.Contains(TextNormalizer.Key(text.GetText(tokens[i + 1].Span)));
                unit = unitFollows ? null : Units.FirstOrDefault(u => key.Length > u.Length && key.EndsWith(u, StringComparison.Ordinal));
                continue;
            }

            if (unit is not null && figures.Count < columns)
            {
                figures.Add(token);
                continue;
            }

            break; // figures where no indicator expects them: the appendix has ended
        }

        Finish();
        end = last;
        return rows;
    }

    private static AppendixRow Row(SourceText text, List<Token> label, string unit, List<Token> figures, int columns)
    {
        var labelSpan = TextSpan.FromBounds(label[0].Span.Start, label[^1].Span.End);
        string name = text.GetText(labelSpan).Trim();
        int unitAt = LastIndexOfKey(name, unit);
        name = (unitAt > 0 ? name[..unitAt] : name).TrimEnd();
        var format = unit is "元" or "万元" ? CellFormat.Amount : CellFormat.Count;
        var cells = figures.Select(f => new TableCell(text.GetText(f.Span), f.Span, text.GetLineFromPosition(f.Span.Start))).ToList();
        if (cells.Count == columns || cells.Count == 0)
        {
            return new AppendixRow(name, labelSpan, unit, cells.Select(c => FormattedValueReader.Read(c, format)).ToArray(), RowReading.AsWritten, 1);
        }

        // Fewer runs than columns: the figures ran together (flattened, or spaced as 116 523).
        var readings = cells.Count == 1 && columns == 2 ? Splits(cells[0]) : [];
        if (readings.Count == 1)
        {
            return new AppendixRow(name, labelSpan, unit, readings[0].Select(c => FormattedValueReader.Read(c, format)).ToArray(), RowReading.Split, 1);
        }

        return new AppendixRow(name, labelSpan, unit, cells.Select(c => FormattedValueReader.Read(c, format)).ToArray(), RowReading.Unresolved, readings.Count);
    }

    /// <summary>The column name with its unit cut off at the end (the unit may stand after spaces or on a line of its own).</summary>
    private static int LastIndexOfKey(string name, string unit)
    {
        var trimmed = name.AsSpan().TrimEnd();
        return trimmed.EndsWith(unit, StringComparison.Ordinal) ? trimmed.Length - unit.Length : -1;
    }

    /// <summary>Every split of one run into this year's figure and the running total.</summary>
    private static List<TableCell[]> Splits(TableCell run)
    {
        var result = new List<TableCell[]>();
        var parts = run.Text.Split([' ', '\u3000', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2)
        {
            // Spaced figures (116 523): the space is the column boundary.
            int second = run.Text.LastIndexOf(parts[1], StringComparison.Ordinal);
            result.Add([Cell(run, 0, parts[0].Length), Cell(run, second, run.Text.Length)]);
            return result;
        }

        if (parts.Length != 1)
        {
            return result;
        }

        string digits = parts[0];
        int offset = run.Text.IndexOf(digits, StringComparison.Ordinal);
        for (int cut = 1; cut < digits.Length; cut++)
        {
            string left = digits[..cut], right = digits[cut..];
            if ((left.Length > 1 && left[0] == '0') || (right.Length > 1 && right[0] == '0') || left.Contains('.') || Compare(left, right) > 0)
            {
                continue;
            }

            result.Add([Cell(run, offset, offset + cut), Cell(run, offset + cut, offset + digits.Length)]);
        }

        return result;
    }

    /// <summary>Compares two runs of digits as numbers.</summary>
    private static int Compare(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b);

    private static TableCell Cell(TableCell run, int start, int end) =>
        new(run.Text[start..end], new TextSpan(run.Span.Start + start, end - start), run.Line);

    /// <summary>The body cut into runs of digits (spaces inside allowed, not line breaks) and runs of words.</summary>
    private static List<Token> Tokens(SourceText text, TextSpan body)
    {
        var tokens = new List<Token>();
        var content = text.AsSpan(body);
        int i = 0;
        while (i < content.Length)
        {
            int start = i;
            if (IsDigit(content[i]))
            {
                int end = i + 1;
                int j = end;
                while (j < content.Length && (IsDigit(content[j]) || content[j] is ' ' or '\u3000' or '\u00A0' or '.' or '．'))
                {
                    end = IsDigit(content[j]) ? j + 1 : end;
                    j++;
                }

                tokens.Add(new Token(TextSpan.FromBounds(body.Start + start, body.Start + end), true));
                i = end;
                continue;
            }

            // A run of words ends at a digit or a line break: a cell per line is a run of its own.
            while (i < content.Length && !IsDigit(content[i]) && content[i] != '\n')
            {
                i++;
            }

            i += i < content.Length && content[i] == '\n' ? 1 : 0;
            var span = Trim(text, TextSpan.FromBounds(body.Start + start, body.Start + i));
            if (!span.IsEmpty)
            {
                tokens.Add(new Token(span, false));
            }
        }

        return GiveBackOrdinals(text, tokens);
    }

    /// <summary>
    /// Item numbers among the figures: a digit directly before an ordinal mark and a label (<c>2.政府公报</c>), or a lone
    /// digit between a label that has no unit yet and the rest of it (<c>其中：1同意公开答复数</c>), is the label's, not a
    /// figure. A run of figures glued to it keeps the rest (<c>2069121062.</c> is 206912106 and the item number 2).
    /// </summary>
    private static List<Token> GiveBackOrdinals(SourceText text, List<Token> tokens)
    {
        var result = new List<Token>(tokens.Count);
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            bool beforeWord = i + 1 < tokens.Count && !tokens[i + 1].IsDigits && tokens[i + 1].Span.Start == token.Span.End;
            bool ordinalMark = beforeWord && text[token.Span.End] is '.' or '．' or '、';
            bool insideLabel = beforeWord && token.Span.Length == 1 && i > 0 && !tokens[i - 1].IsDigits && !EndsWithUnit(text, tokens[i - 1]);
            if (!token.IsDigits || !(ordinalMark || insideLabel) || text[token.Span.End - 1] is '0' or '０')
            {
                result.Add(token);
                continue;
            }

            // The last digit is the item number; the digits before it (if any) are the figures of the row above.
            int cut = token.Span.End - 1;
            int figuresEnd = cut;
            while (figuresEnd > token.Span.Start && !IsDigit(text[figuresEnd - 1]))
            {
                figuresEnd--;
            }

            if (figuresEnd > token.Span.Start)
            {
                result.Add(new Token(TextSpan.FromBounds(token.Span.Start, figuresEnd), true));
            }

            // The item number joins the run of words after it.
            result.Add(new Token(TextSpan.FromBounds(cut, tokens[i + 1].Span.End), false));
            i++;
        }

        return result;
    }

    private static bool EndsWithUnit(SourceText text, Token token)
    {
        string key = TextNormalizer.Key(text.GetText(token.Span));
        return Units.Any(u => key.EndsWith(u, StringComparison.Ordinal));
    }

    private static TextSpan Trim(SourceText text, TextSpan span)
    {
        int start = span.Start, end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    private readonly record struct Token(TextSpan Span, bool IsDigits);
}
