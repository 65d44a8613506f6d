using System.Globalization;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Parsing;

/// <summary>Tells value cells from labels and reads the numbers in them.</summary>
internal static class ValueReader
{
    private static readonly HashSet<string> NonNumberValues =
        ["-", "—", "——", "－", "–", "/", "／", "\\", "无", "空", "N/A", "n/a", "NA", "X", "XX", "x", "xx", "×", "××", "？", "?"];

    /// <summary>True when a cell belongs in a value column rather than being a label.</summary>
    public static bool IsValueLike(string text)
    {
        if (text.Length == 0 || (text.Length > 32 && !IsDigitRun(text)))
        {
            return false;
        }

        if (NonNumberValues.Contains(text))
        {
            return true;
        }

        // An amount with its unit (251000元, 8.175万) and a change with its sign word (增3, 减 2) are figures too.
        var (_, numberLength) = FormattedValueReader.SplitUnit(text);
        var (_, digitsStart) = FormattedValueReader.SplitSign(text[..numberLength]);
        bool digit = false;
        foreach (char c in text.AsSpan(digitsStart, numberLength - digitsStart))
        {
            if (char.IsAsciiDigit(c) || (c >= '０' && c <= '９'))
            {
                digit = true;
            }
            else if (!(c is ',' or '，' or '.' or '．' or ' ' or '\u3000' or '\u00A0' or '-' or '−' or '－' or '+'))
            {
                return false;
            }
        }

        return digit;
    }

    /// <summary>Digits and the spaces between them, as flattened text runs a whole row's figures together.</summary>
    private static bool IsDigitRun(string text)
    {
        const int MaxRun = 400;
        if (text.Length > MaxRun)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(char.IsAsciiDigit(c) || c is (>= '０' and <= '９') or ' ' or '\u3000' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    public static TableValue Read(TableCell cell, bool allowDecimal)
    {
        if (cell.IsEmpty)
        {
            return new TableValue(cell.Text, cell.Span, cell.Line, ValueKind.Empty, null, NumberFormatIssue.None);
        }

        string text = cell.Text;
        var issues = NumberFormatIssue.None;
        // Every table cell of every report passes here: collect the digits on the stack, not in a StringBuilder.
        Span<char> digits = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        int length = 0;
        bool negative = false, sawDigit = false, sawSpaceBetweenDigits = false, pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (pendingSpace && sawDigit)
                {
                    sawSpaceBetweenDigits = true;
                }

                pendingSpace = false;
                digits[length++] = c;
                sawDigit = true;
            }
            else if (c >= '０' && c <= '９')
            {
                issues |= NumberFormatIssue.FullWidthDigits;
                if (pendingSpace && sawDigit)
                {
                    sawSpaceBetweenDigits = true;
                }

                pendingSpace = false;
                digits[length++] = (char)('0' + (c - '０'));
                sawDigit = true;
            }
            else if (c is ',' or '，')
            {
                issues |= NumberFormatIssue.ThousandsSeparator;
            }
            else if (c is '.' or '．')
            {
                digits[length++] = '.';
            }
            else if (c is ' ' or '\u3000' or '\u00A0')
            {
                pendingSpace = true;
            }
            else if (c is '-' or '−' or '－' && !sawDigit)
            {
                negative = true;
            }
            else if (c == '+' && !sawDigit)
            {
                // A leading plus reads as the number itself.
            }
            else
            {
                return Invalid(cell);
            }
        }

        if (sawSpaceBetweenDigits)
        {
            issues |= NumberFormatIssue.InnerSpace;
        }

        ReadOnlySpan<char> number = digits[..length];
        if (!sawDigit || negative || number.Count('.') > 1 || number.StartsWith('.') || number.EndsWith('.'))
        {
            return Invalid(cell, issues);
        }

        int point = number.IndexOf('.');
        if (point >= 0 && !allowDecimal)
        {
            return Invalid(cell, issues);
        }

        var integerPart = point >= 0 ? number[..point] : number;
        if (integerPart.Length > 1 && integerPart[0] == '0')
        {
            issues |= NumberFormatIssue.LeadingZeros;
        }

        if (!TryParse(number, point, out decimal value))
        {
            return Invalid(cell, issues);
        }

        return new TableValue(cell.Text, cell.Span, cell.Line, ValueKind.Number, value, issues);
    }

    // Table figures are whole numbers of a few digits: read them directly; decimals and huge numbers go the long way.
    private static bool TryParse(ReadOnlySpan<char> number, int point, out decimal value)
    {
        if (point < 0 && number.Length <= 18)
        {
            long whole = 0;
            foreach (char c in number)
            {
                whole = (whole * 10) + (c - '0');
            }

            value = whole;
            return true;
        }

        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static TableValue Invalid(TableCell cell, NumberFormatIssue issues = NumberFormatIssue.None) =>
        new(cell.Text, cell.Span, cell.Line, ValueKind.Invalid, null, issues);
}
