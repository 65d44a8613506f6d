namespace OpenGovLint.Core.Model;

/// <summary>Chinese ordinal numerals (一 … 九十九) as used by headings and row labels.</summary>
public static class Ordinals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>一 … 十: the characters item ordinals (一、 （二） 三是) are written with.</summary>
    public static bool IsItemNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十';

    /// <summary>A line that opens an item: a bracket (<c>（一）</c>), <c>一、</c> or <c>一是</c>, <c>1.</c> or <c>1、</c>.</summary>
    public static bool OpensItem(ReadOnlySpan<char> line)
    {
        line = line.TrimStart();
        return line.Length > 1 && (line[0] is '（' or '(' || (IsItemNumeral(line[0]) && line[1] is '、' or '是') || (char.IsAsciiDigit(line[0]) && line[1] is '.' or '、' or '．'));
    }

    public static string ToChinese(int value)
    {
        if (value <= 0 || value >= 100)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value < 10)
        {
            return Digits[value].ToString();
        }

        int tens = value / 10, units = value % 10;
        return (tens == 1 ? string.Empty : Digits[tens].ToString()) + "十" + (units == 0 ? string.Empty : Digits[units].ToString());
    }

    /// <summary>Parses 一 … 九十九 (and 两/〇); returns 0 when the text is not such a numeral.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        int value = 0, current = 0;
        foreach (char c in text)
        {
            int digit = c == '两' ? 2 : c == '〇' ? 0 : Digits.IndexOf(c);
            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                value += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else
            {
                return 0;
            }
        }

        return value + current;
    }
}
