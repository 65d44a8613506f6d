using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Joins what a table 2 of the trial layout writes in two cells of one figure, as text copied from a page has it:
/// a sign word on a line of its own before the change it qualifies (<c>增</c> / <c>3</c> for +3), and an amount's
/// unit on the line after it (<c>8.175万</c> / <c>元</c>). Only a bare sign word or a bare unit next to a figure is
/// joined; anything else stays as it is.
/// </summary>
internal static class SignedCellJoiner
{
    private static readonly HashSet<string> SignWords = ["增", "减", "增加", "减少", "+", "＋"];

    private static readonly HashSet<string> UnitWords = ["元", "万元"];

    public static IReadOnlyList<TableCell> Join(IReadOnlyList<TableCell> cells)
    {
        List<TableCell>? joined = null;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (i + 1 < cells.Count && TryJoin(cell, cells[i + 1]) is { } merged)
            {
                joined ??= [.. cells.Take(i)];
                joined.Add(merged);
                i++;
                continue;
            }

            joined?.Add(cell);
        }

        return joined ?? cells;
    }

    private static TableCell? TryJoin(TableCell first, TableCell second)
    {
        if (first.IsEmpty || second.IsEmpty || first.IsHeader || second.IsHeader)
        {
            return null;
        }

        bool sign = SignWords.Contains(first.Text.Trim()) && IsPlainFigure(second.Text);
        bool unit = UnitWords.Contains(second.Text.Trim()) && ValueReader.IsValueLike(first.Text) && FormattedValueReader.SplitUnit(first.Text).Unit is null or "万元";
        if (!sign && !unit)
        {
            return null;
        }

        var span = TextSpan.FromBounds(first.Span.Start, second.Span.End);
        string text = first.Text + " " + second.Text;
        return new TableCell(text, span, first.Line);
    }

    /// <summary>Digits (and separators) only: a figure that a sign word can qualify.</summary>
    private static bool IsPlainFigure(string text) =>
        ValueReader.IsValueLike(text) && FormattedValueReader.SplitSign(text).Sign == 0 && FormattedValueReader.SplitUnit(text).Unit is null;
}
