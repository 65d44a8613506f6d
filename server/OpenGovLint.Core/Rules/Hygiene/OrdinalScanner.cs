using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>
/// Finds the sub-item ordinals of one line, where the drafting conventions put them:
/// <list type="bullet">
/// <item>at the line's start (after indentation and a list or heading marker): 一、 （一） 一是 1. 1、 （1）;</item>
/// <item>after a sentence mark 。；;：:！？!? and spaces: （一） and 一是;</item>
/// <item>after a comma ，, and spaces: 一是 (下一步，一是…).</item>
/// </list>
/// "1." is not an item when a digit follows (1.5亿). A hand-written scanner rather than a regex: it visits only the
/// line's start and the marks, where a regex searched every position of every line. The tests hold it to the
/// equivalent pattern.
/// </summary>
internal static class OrdinalScanner
{
    private const int MaxChineseLength = 3;
    private const int MaxDigitLength = 2;

    // Which styles may stand where, as bit sets over OrdinalStyle.
    private const int AtLineStart = 0b11111;
    private const int AfterSentenceMark = (1 << (int)OrdinalStyle.ChineseBracket) | (1 << (int)OrdinalStyle.ChineseIs);
    private const int AfterComma = 1 << (int)OrdinalStyle.ChineseIs;

    private static readonly CharSet Marks = new("。；;：:！？!?，,");

    /// <summary>Adds the items of <paramref name="line"/> (which starts at <paramref name="offset"/>) to <paramref name="items"/>.</summary>
    public static void Scan(ReadOnlySpan<char> line, int offset, int lineNumber, List<OrdinalItem> items)
    {
        int start = SkipSpaces(line, 0);
        start = SkipListMarker(line, start);
        Add(line, start, AtLineStart, offset, lineNumber, items);

        int from = 0;
        while (from < line.Length)
        {
            int at = Marks.IndexOfAny(line[from..]);
            if (at < 0)
            {
                break;
            }

            int mark = from + at;
            var allowed = line[mark] is '，' or ',' ? AfterComma : AfterSentenceMark;
            Add(line, SkipSpaces(line, mark + 1), allowed, offset, lineNumber, items);
            from = mark + 1;
        }
    }

    private static void Add(ReadOnlySpan<char> line, int at, int allowed, int offset, int lineNumber, List<OrdinalItem> items)
    {
        if (Read(line, at, allowed) is not var (style, value, length) || value <= 0)
        {
            return;
        }

        items.Add(new OrdinalItem(style, value, line.Slice(at, length).ToString(), offset + at, length, lineNumber));
    }

    private static (OrdinalStyle Style, int Value, int Length)? Read(ReadOnlySpan<char> line, int at, int allowed)
    {
        if (at >= line.Length)
        {
            return null;
        }

        bool Allows(OrdinalStyle style) => (allowed & (1 << (int)style)) != 0;
        var rest = line[at..];
        if (rest[0] is '（' or '(')
        {
            int chinese = RunOf(rest, 1, Ordinals.IsItemNumeral, MaxChineseLength);
            if (chinese > 0 && Allows(OrdinalStyle.ChineseBracket) && IsAt(rest, 1 + chinese, '）', ')'))
            {
                return (OrdinalStyle.ChineseBracket, Ordinals.Parse(rest.Slice(1, chinese)), chinese + 2);
            }

            int digits = RunOf(rest, 1, char.IsAsciiDigit, MaxDigitLength);
            if (digits > 0 && Allows(OrdinalStyle.ArabicBracket) && IsAt(rest, 1 + digits, '）', ')'))
            {
                return (OrdinalStyle.ArabicBracket, Digits.Parse(rest.Slice(1, digits)), digits + 2);
            }

            return null;
        }

        int numerals = RunOf(rest, 0, Ordinals.IsItemNumeral, MaxChineseLength);
        if (numerals > 0)
        {
            if (Allows(OrdinalStyle.ChineseComma) && IsAt(rest, numerals, '、', '、'))
            {
                return (OrdinalStyle.ChineseComma, Ordinals.Parse(rest[..numerals]), numerals + 1);
            }

            if (Allows(OrdinalStyle.ChineseIs) && IsAt(rest, numerals, '是', '是'))
            {
                return (OrdinalStyle.ChineseIs, Ordinals.Parse(rest[..numerals]), numerals + 1);
            }

            return null;
        }

        int number = RunOf(rest, 0, char.IsAsciiDigit, MaxDigitLength);
        if (number > 0 && Allows(OrdinalStyle.Arabic))
        {
            bool point = IsAt(rest, number, '.', '．') && !(number + 1 < rest.Length && char.IsAsciiDigit(rest[number + 1]));
            if (point || IsAt(rest, number, '、', '、'))
            {
                return (OrdinalStyle.Arabic, Digits.Parse(rest[..number]), number + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// The length of the run of <paramref name="accepts"/> characters at <paramref name="from"/>, or 0 when it is longer
    /// than <paramref name="max"/> (a longer run is not an ordinal, and no shorter part of it is one either: the
    /// character after the part is another numeral, not the mark the item needs).
    /// </summary>
    private static int RunOf(ReadOnlySpan<char> text, int from, Func<char, bool> accepts, int max)
    {
        int end = from;
        while (end < text.Length && accepts(text[end]))
        {
            end++;
        }

        int length = end - from;
        return length <= max ? length : 0;
    }

    private static bool IsAt(ReadOnlySpan<char> text, int index, char a, char b) => index < text.Length && (text[index] == a || text[index] == b);

    private static int SkipSpaces(ReadOnlySpan<char> line, int at)
    {
        while (at < line.Length && char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        return at;
    }

    // "- ", "* ", "+ " or "#… " (one to six) followed by spaces or tabs.
    private static int SkipListMarker(ReadOnlySpan<char> line, int at)
    {
        int marker = at;
        if (marker < line.Length && line[marker] is '-' or '*' or '+')
        {
            marker++;
        }
        else
        {
            while (marker < line.Length && marker - at < 6 && line[marker] == '#')
            {
                marker++;
            }
        }

        if (marker == at || marker >= line.Length || line[marker] is not (' ' or '\t'))
        {
            return at;
        }

        while (marker < line.Length && line[marker] is ' ' or '\t')
        {
            marker++;
        }

        return marker;
    }
}
