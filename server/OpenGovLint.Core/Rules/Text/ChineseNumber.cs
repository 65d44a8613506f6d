using System.Globalization;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>Reads a count written in Arabic digits (full or half width) or in Chinese numerals (十二, 两, 一百零三).</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static int? Parse(string text)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.All(c => c is (>= '0' and <= '9') or (>= '０' and <= '９')))
        {
            string ascii = new(text.Select(c => c >= '０' ? (char)(c - '０' + '0') : c).ToArray());
            return int.TryParse(ascii, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
        }

        int total = 0, current = 0;
        foreach (char c in text)
        {
            int digit = c switch { '两' => 2, '〇' => 0, _ => Digits.IndexOf(c) };
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                return null;
            }

            // 十二: a unit without a digit before it counts once.
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }

        return total + current;
    }
}
