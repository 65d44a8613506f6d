using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Splits a cell that holds a row label and its figures on one line (<c>行政许可 97</c>, <c>行政处罚 0 12</c>), as text
/// extracted from a PDF has them: the figures must stand after the label, separated by spaces, and the text before
/// them must be a row label of the table. Anything else is left as it is.
/// </summary>
internal static class LabelValueSplitter
{
    public static IReadOnlyList<TableCell> Split(IReadOnlyList<TableCell> cells, LabelMatcher labels)
    {
        List<TableCell>? result = null;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (TrySplit(cell, labels) is { } parts)
            {
                result ??= [.. cells.Take(i)];
                result.AddRange(parts);
                continue;
            }

            result?.Add(cell);
        }

        return result ?? cells;
    }

    private static List<TableCell>? TrySplit(TableCell cell, LabelMatcher labels)
    {
        string text = cell.Text;
        if (cell.IsHeader || text.Length < 3 || !char.IsAsciiDigit(text[^1]) && text[^1] is not (>= '０' and <= '９'))
        {
            return null;
        }

        // Walk back over "space figure" pairs.
        var figures = new List<(int Start, int End)>();
        int end = text.Length;
        while (end > 0)
        {
            int start = end;
            while (start > 0 && IsFigureChar(text[start - 1]))
            {
                start--;
            }

            if (start == end || start == 0 || !IsBlank(text[start - 1]))
            {
                break;
            }

            figures.Add((start, end));
            end = start;
            while (end > 0 && IsBlank(text[end - 1]))
            {
                end--;
            }
        }

        if (figures.Count == 0 || end == 0)
        {
            return null;
        }

        string label = text[..end];
        if (ValueReader.IsValueLike(label) || labels.Match(label) is null)
        {
            return null;
        }

        var parts = new List<TableCell> { new(label, new TextSpan(cell.Span.Start, end), cell.Line) };
        for (int i = figures.Count - 1; i >= 0; i--)
        {
            var (start, stop) = figures[i];
            parts.Add(new TableCell(text[start..stop], new TextSpan(cell.Span.Start + start, stop - start), cell.Line));
        }

        return parts;
    }

    private static bool IsFigureChar(char c) => char.IsAsciiDigit(c) || c is (>= '０' and <= '９') or '.' or '．' or ',' or '，';

    private static bool IsBlank(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';
}
