using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Joins row labels that text extracted from a PDF or a Word-made page splits over lines (spec §8): an item ordinal on a
/// line of its own above its label (<c>1.</c> / <c>属于国家秘密</c>), or a label broken in two (<c>（三）不</c> / <c>予公开</c>).
/// Two cells are joined only when the joined text is a row label of the table and the first cell alone is not one, so
/// a label followed by a header or another label is left as it is.
/// </summary>
internal static class SplitLabelJoiner
{
    private const int MaxPieceLength = 40;

    public static IReadOnlyList<TableCell> Join(IReadOnlyList<TableCell> cells, LabelMatcher labels)
    {
        List<TableCell>? joined = null;
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (i + 1 < cells.Count && TryJoin(cell, cells[i + 1], labels) is { } merged)
            {
                joined ??= [.. cells.Take(i)];
                joined.Add(merged);
                i++;
                continue;
            }

            if (TryJoinMany(cells, i, labels) is var (many, count))
            {
                joined ??= [.. cells.Take(i)];
                joined.Add(many);
                i += count - 1;
                continue;
            }

            joined?.Add(cell);
        }

        return joined ?? cells;
    }

    private static TableCell? TryJoin(TableCell first, TableCell second, LabelMatcher labels)
    {
        if (first.IsEmpty || second.IsEmpty || first.Line == second.Line || first.Text.Length > MaxPieceLength || second.Text.Length > MaxPieceLength * 2)
        {
            return null;
        }

        if (ValueReader.IsValueLike(second.Text))
        {
            return null;
        }

        bool ordinalOnly = IsOrdinalOnly(first.Text);
        if (!ordinalOnly && (ValueReader.IsValueLike(first.Text) || labels.Match(first.Text) is { Match: TitleMatch.Canonical }))
        {
            return null;
        }

        string text = first.Text + second.Text;
        if (labels.Match(text) is not { Match: TitleMatch.Canonical })
        {
            return null;
        }

        return new TableCell(text, TextSpan.FromBounds(first.Span.Start, second.Span.End), first.Line);
    }

    /// <summary>
    /// A label broken into more than two lines (<c>3.</c> / <c>危及</c> / <c>“</c> / <c>三安全一稳定</c> / <c>”</c>, <c>(二</c> / <c>)</c> /
    /// <c>部分公开</c> / <c>(</c> / <c>区分处理的</c> / …): short pieces on lines of their own, none of them a figure (but an
    /// item number first) nor a label by itself, joined into the longest text within a few lines that is a row label, when
    /// a figure on a line of its own follows.
    /// </summary>
    private static (TableCell Cell, int Count)? TryJoinMany(IReadOnlyList<TableCell> cells, int start, LabelMatcher labels)
    {
        const int MaxPieces = 12;
        var first = cells[start];
        if (first.IsEmpty || first.Text.Length > MaxPieceLength || (!IsOrdinalOnly(first.Text) && (ValueReader.IsValueLike(first.Text) || labels.Match(first.Text) is { Match: TitleMatch.Canonical })))
        {
            return null;
        }

        string text = first.Text;
        (TableCell Cell, int Count)? best = null;
        for (int i = start + 1; i < cells.Count && i - start < MaxPieces; i++)
        {
            var piece = cells[i];
            if (piece.IsEmpty || piece.Line == cells[i - 1].Line || piece.Text.Length > MaxPieceLength || ValueReader.IsValueLike(piece.Text) || labels.Match(piece.Text) is { Match: TitleMatch.Canonical })
            {
                break;
            }

            text += piece.Text;
            if (i - start >= 2 && labels.Match(text) is { Match: TitleMatch.Canonical } && FollowedByCellOfItsOwnLine(cells, i))
            {
                best = (new TableCell(text, TextSpan.FromBounds(first.Span.Start, piece.Span.End), first.Line), i - start + 1);
            }
        }

        return best;
    }

    /// <summary>
    /// True when the cell after <paramref name="index"/> stands alone on its line, as a figure does where each cell is a
    /// line. Where figures come in rows of their own (pipe rows under a stack of labels, as a PDF conversion leaves them),
    /// a row belongs to a label by order, not by nearness, and joining the label would give it the wrong row.
    /// </summary>
    private static bool FollowedByCellOfItsOwnLine(IReadOnlyList<TableCell> cells, int index)
    {
        if (index + 1 >= cells.Count)
        {
            return true;
        }

        int line = cells[index + 1].Line;
        return (index + 2 >= cells.Count || cells[index + 2].Line != line) && cells[index].Line != line;
    }

    /// <summary><c>1.</c>, <c>2、</c>, <c>（三）</c>, <c>四、</c>: an item ordinal and nothing else.</summary>
    private static bool IsOrdinalOnly(string text)
    {
        var (style, _, length) = LabelParts.ReadOrdinal(text);
        return style != LabelParts.OrdinalStyle.None && length >= text.TrimEnd().Length;
    }
}
