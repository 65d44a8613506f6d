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

    private static readonly HashSet<string> NoWords = [];

    /// <summary>
    /// Joins broken labels, and broken header words and captions of the table (<paramref name="words"/>, as keys:
    /// 信息 / 内容, 第二十条 / 第（一） / 项), which a broken header row scatters the same way.
    /// </summary>
    public static IReadOnlyList<TableCell> Join(IReadOnlyList<TableCell> cells, LabelMatcher labels, IReadOnlySet<string>? words = null) =>
        Join(cells, labels, words, out _);

    /// <summary>As <see cref="Join(IReadOnlyList{TableCell}, LabelMatcher, IReadOnlySet{string}?)"/>; <paramref name="joinedLabels"/> tells whether a row label was among the joins.</summary>
    public static IReadOnlyList<TableCell> Join(IReadOnlyList<TableCell> cells, LabelMatcher labels, IReadOnlySet<string>? words, out bool joinedLabels)
    {
        words ??= NoWords;
        joinedLabels = false;
        List<TableCell>? joined = null;
        var vocabulary = JoinVocabulary.Of(labels, words);
        for (int i = 0; i < cells.Count; i++)
        {
            if (LongestJoin(cells, i, vocabulary) is { } join)
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

    private static (TableCell Cell, int Last)? LongestJoin(IReadOnlyList<TableCell> cells, int start, JoinVocabulary vocabulary)
    {
        var first = cells[start];
        if (first.IsEmpty || first.IsHeader || first.Text.Length > MaxLabelLength || start + 1 >= cells.Count || cells[start + 1].Line == first.Line)
        {
            return null; // nothing on the next line to join
        }

        // Every cell of a table passes here: keys are built on the stack and looked up as spans, and a string is made
        // only for a join that is taken.
        Span<char> key = stackalloc char[MaxLabelLength * 2];
        int length = 0;
        if (!AppendKey(first.Text, key, ref length))
        {
            return null;
        }

        if (vocabulary.IsComplete(key[..length]) || !vocabulary.IsPrefix(key[..length]) || (ValueReader.IsValueLike(first.Text) && !IsOrdinalOnly(first.Text)))
        {
            return null; // a whole label or word already, a figure, or no label or word starts like this piece
        }

        int best = -1;
        int textLength = first.Text.Length;
        for (int j = start + 1; j < cells.Count && j < start + MaxPieces; j++)
        {
            var piece = cells[j];
            if (piece.IsEmpty || piece.IsHeader || piece.Line == cells[j - 1].Line || ValueReader.IsValueLike(piece.Text))
            {
                break;
            }

            textLength += piece.Text.Length;
            if (textLength > MaxLabelLength || !AppendKey(piece.Text, key, ref length) || !vocabulary.IsPrefix(key[..length]))
            {
                break;
            }

            if (vocabulary.IsComplete(key[..length]))
            {
                best = j;
            }
        }

        if (best < 0)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(textLength);
        for (int j = start; j <= best; j++)
        {
            text.Append(cells[j].Text);
        }

        return (new TableCell(text.ToString(), TextSpan.FromBounds(first.Span.Start, cells[best].Span.End), first.Line), best);
    }

    /// <summary>Appends a text's key to the buffer: on the stack when the text needs no normalisation (nearly always).</summary>
    private static bool AppendKey(string text, Span<char> buffer, ref int length)
    {
        if (TextNormalizer.TryWriteKey(text, buffer[length..], out int added))
        {
            length += added;
            return true;
        }

        string key = TextNormalizer.Key(text);
        if (key.Length > buffer.Length - length)
        {
            return false;
        }

        key.AsSpan().CopyTo(buffer[length..]);
        length += key.Length;
        return true;
    }

    /// <summary>The keys a broken label or word may join into, and every prefix of them, looked up as spans.</summary>
    private sealed class JoinVocabulary
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<(LabelMatcher, IReadOnlySet<string>), JoinVocabulary> Cache = new();

        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> complete;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> prefixes;

        private JoinVocabulary(LabelMatcher labels, IReadOnlySet<string> words)
        {
            var completeSet = new HashSet<string>(labels.LabelKeys.Concat(words), StringComparer.Ordinal);
            var prefixSet = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in completeSet)
            {
                for (int length = 0; length <= key.Length; length++)
                {
                    prefixSet.Add(key[..length]);
                }
            }

            complete = completeSet.GetAlternateLookup<ReadOnlySpan<char>>();
            prefixes = prefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public static JoinVocabulary Of(LabelMatcher labels, IReadOnlySet<string> words) =>
            Cache.GetOrAdd((labels, words), static k => new JoinVocabulary(k.Item1, k.Item2));

        public bool IsComplete(ReadOnlySpan<char> key) => complete.Contains(key);

        public bool IsPrefix(ReadOnlySpan<char> key) => prefixes.Contains(key);
    }

    /// <summary><c>1.</c>, <c>2、</c>, <c>（三）</c>, <c>四、</c>: an item ordinal and nothing else.</summary>
    private static bool IsOrdinalOnly(string text)
    {
        // An ordinal alone ends with its separator or bracket; anything else is decided without the pattern.
        char last = text.TrimEnd().Length > 0 ? text.TrimEnd()[^1] : ' ';
        if (last is not ('.' or '．' or '、' or '）' or ')'))
        {
            return false;
        }

        var (style, _, length) = LabelParts.ReadOrdinal(text);
        return style != LabelParts.OrdinalStyle.None && length >= text.TrimEnd().Length;
    }
}
