using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Reads a value cell by what its column may hold (<see cref="CellFormat"/>): counts as <see cref="ValueReader"/> reads
/// them; amounts with their unit (<c>251000元</c>, <c>8.175万元</c>, a unit on the next line); the trial layout's 本年增/减
/// with its sign (<c>-4</c>, <c>+3</c>, <c>增3</c>, <c>减 2</c>).
/// </summary>
internal static class FormattedValueReader
{
    private static readonly string[] Units = ["万元", "元", "万"];

    public static TableValue Read(TableCell cell, CellFormat format) => format switch
    {
        CellFormat.Amount => ReadAmount(cell),
        CellFormat.SignedCount => ReadSigned(cell),
        _ => ValueReader.Read(cell, allowDecimal: false),
    };

    /// <summary>The unit at the end of an amount and where the number before it ends; (null, length) when there is none.</summary>
    public static (string? Unit, int NumberLength) SplitUnit(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        foreach (string unit in Units)
        {
            if (trimmed.EndsWith(unit, StringComparison.Ordinal))
            {
                var number = trimmed[..^unit.Length].TrimEnd();
                // 8.175万 / 元: the number's own 万 stands before a unit on the next line.
                if (unit == "元" && number.EndsWith('万'))
                {
                    return ("万元", number[..^1].TrimEnd().Length);
                }

                return (unit == "万" ? "万元" : unit, number.Length);
            }
        }

        return (null, text.Length);
    }

    /// <summary>The sign a signed cell opens with and where its digits start: +1, −1, or 0 when it has no sign.</summary>
    public static (int Sign, int DigitsStart) SplitSign(string text)
    {
        var span = text.AsSpan();
        int start = span.Length - span.TrimStart().Length;
        if (start >= span.Length)
        {
            return (0, start);
        }

        int sign;
        int length = 1;
        if (span[start..].StartsWith("增加", StringComparison.Ordinal) || span[start..].StartsWith("减少", StringComparison.Ordinal))
        {
            sign = span[start] == '增' ? 1 : -1;
            length = 2;
        }
        else
        {
            sign = span[start] switch
            {
                '+' or '＋' or '增' => 1,
                '-' or '−' or '－' or '减' => -1,
                _ => 0,
            };
        }

        return sign == 0 ? (0, start) : (sign, start + length);
    }

    private static TableValue ReadAmount(TableCell cell)
    {
        var (unit, numberLength) = SplitUnit(cell.Text);
        if (unit is null)
        {
            return ValueReader.Read(cell, allowDecimal: true);
        }

        var inner = ValueReader.Read(cell with { Text = cell.Text[..numberLength] }, allowDecimal: true);
        return inner with { Text = cell.Text, Span = cell.Span, Unit = inner.Kind == ValueKind.Number ? unit : null };
    }

    private static TableValue ReadSigned(TableCell cell)
    {
        var (sign, digitsStart) = SplitSign(cell.Text);
        if (sign == 0)
        {
            return ValueReader.Read(cell, allowDecimal: false);
        }

        // A second sign after the first (增-3, --3) says two things at once: not a figure.
        var inner = ValueReader.Read(cell with { Text = cell.Text[digitsStart..].Trim() }, allowDecimal: false);
        var value = inner with { Text = cell.Text, Span = cell.Span };
        return inner.Kind == ValueKind.Number ? value with { Number = sign * inner.Number } : value with { Kind = ValueKind.Invalid, Number = null };
    }
}
