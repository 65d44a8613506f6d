using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Joins row labels that text extracted from a PDF or a Word-made page splits over lines (spec §8): an item ordinal on a
/// line of its own above its label (<c>1.</c> / <c>属于国家秘密</c>), a label broken in two (<c>（三）不</c> / <c>予公开</c>), or
/// in many pieces (<c>(</c> / <c>二</c> / <c>)</c> / <c>部分公开</c> / <c>(</c> / <c>区分处理的</c> / <c>,</c> …). Pieces on consecutive lines are
/// joined only when the joined text is exactly a row label of the table and the first piece alone is not one; the
/// longest such join is taken. A label followed by a header or by another label is left as it is.
/// </summary>
internal static class SplitLabelJoiner
{
    /// <summary>The most pieces one label is joined from, and the longest text they may make.</summary>
    private const int MaxPieces = 16;

    private const int MaxLabelLength = 64;

    /// <summary>
    /// Joins broken labels, and broken header words and captions of the table (<paramref name="words"/>, as keys:
    /// 信息 / 内容, 第二十条 / 第（一） / 项), which a broken header row scatters the same way.
    /// </summary>
    public static IReadOnlyList<TableCell> Join(IReadOnlyList<TableCell> cells, LabelMatcher labels, IReadOnlySet<string>? words = null) =>
        Join(cells, labels, words, out _);

    /// <summary>As <see cref="Join(IReadOnlyList{TableCell}, LabelMatcher, IReadOnlySet{string}?)"/>; <paramref name="joinedLabels"/> tells whether a row label was among the joins.</summary>
    public static IReadOnlyList<TableCell> Join(IReadOnlyList<TableCell> cells, LabelMatcher labels, IReadOnlySet<string>? words, out bool joinedLabels)
    {
        words ??= new HashSet<string>();
        joinedLabels = false;
        List<TableCell>? joined = null;
        for (int i = 0; i < cells.Count; i++)
        {
            if (LongestJoin(cells, i, labels, words) is { } join)
            {
                joinedLabels |= labels.MatchCanonicalKey(TextNormalizer.Key(join.Cell.Text)) is not null;
                joined ??= [.. cells.Take(i)];
                joined.Add(join.Cell);
                i = join.Last;
                continue;
            }

            joined?.Add(cells[i]);
        }

        return joined ?? cells;
    }

    private static (TableCell Cell, int Last)? LongestJoin(IReadOnlyList<TableCell> cells, int start, LabelMatcher labels, IReadOnlySet<string> words)
    {
        var first = cells[start];
        if (first.IsEmpty || first.IsHeader || first.Text.Length > MaxLabelLength)
        {
            return null;
        }

        bool ordinalOnly = IsOrdinalOnly(first.Text);
        string key = TextNormalizer.Key(first.Text);
        if (!ordinalOnly && (ValueReader.IsValueLike(first.Text) || labels.MatchCanonicalKey(key) is not null || words.Contains(key)))
        {
            return null;
        }

        if (!labels.IsLabelKeyPrefix(key) && !IsWordPrefix(words, key))
        {
            return null; // no label or word starts like this piece
        }

        (TableCell Cell, int Last)? best = null;
        string text = first.Text;
        for (int j = start + 1; j < cells.Count && j < start + MaxPieces; j++)
        {
            var piece = cells[j];
            if (piece.IsEmpty || piece.IsHeader || piece.Line == cells[j - 1].Line || ValueReader.IsValueLike(piece.Text))
            {
                break;
            }

            text += piece.Text;
            key += TextNormalizer.Key(piece.Text);
            if (text.Length > MaxLabelLength || (!labels.IsLabelKeyPrefix(key) && !IsWordPrefix(words, key)))
            {
                break;
            }

            if (labels.MatchCanonicalKey(key) is not null || words.Contains(key))
            {
                best = (new TableCell(text, TextSpan.FromBounds(first.Span.Start, piece.Span.End), first.Line), j);
            }
        }

        return best;
    }

    private static bool IsWordPrefix(IReadOnlySet<string> words, string key)
    {
        foreach (var word in words)
        {
            if (word.StartsWith(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>1.</c>, <c>2、</c>, <c>（三）</c>, <c>四、</c>: an item ordinal and nothing else.</summary>
    private static bool IsOrdinalOnly(string text)
    {
        var (style, _, length) = LabelParts.ReadOrdinal(text);
        return style != LabelParts.OrdinalStyle.None && length >= text.TrimEnd().Length;
    }
}
