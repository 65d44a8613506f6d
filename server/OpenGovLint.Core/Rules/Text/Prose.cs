using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>A test on a piece of text, made before the text is copied.</summary>
internal delegate bool SpanPredicate(ReadOnlySpan<char> text);

/// <summary>What the prose rules share: which text is prose, and what counts as a Chinese character.</summary>
internal static partial class Prose
{
    /// <summary>
    /// The prose of the whole document, one segment per line it covers: a segment is the part of a line that is prose
    /// (all of it in a Markdown draft; a stretch of it where a flattened line also holds tables). Never empty.
    /// </summary>
    public static IEnumerable<TextSpan> Segments(ReportDocument document) => Segments(document, new TextSpan(0, document.Text.Length));

    /// <summary>
    /// The prose segments of one section's body (its heading excluded), up to the next part. Only the section's own
    /// prose is visited, so a rule that walks every section stays linear in the document's length.
    /// </summary>
    public static IEnumerable<TextSpan> BodySegments(ReportDocument document, Section section) => Segments(document, section.BodySpan);

    /// <summary>The prose segments inside <paramref name="range"/>.</summary>
    public static IEnumerable<TextSpan> Segments(ReportDocument document, TextSpan range)
    {
        var text = document.Text;
        var spans = document.ProseSpans;
        for (int i = FirstEndingAfter(spans, range.Start); i < spans.Count && spans[i].Start < range.End; i++)
        {
            var piece = TextSpan.FromBounds(Math.Max(spans[i].Start, range.Start), Math.Min(spans[i].End, range.End));
            foreach (var segment in LinePieces(text, piece))
            {
                yield return segment;
            }
        }
    }

    /// <summary>
    /// The prose as paragraphs: each prose block's lines joined without their line breaks, as a reader reads them. Text
    /// extracted from a PDF or a Word-made page breaks lines anywhere (<c>发生行政复议</c> / <c>6</c> / <c>件</c>); a sentence
    /// is read whole only when its lines are joined. With <paramref name="mayMatter"/>, a one-line paragraph it rejects is
    /// passed over (a joined one is always given: a word may be split over its lines).
    /// </summary>
    public static IEnumerable<ProseParagraph> Paragraphs(ReportDocument document, SpanPredicate? mayMatter = null)
    {
        var text = document.Text;
        foreach (var span in document.ProseSpans)
        {
            int firstLine = text.GetLineFromPosition(span.Start);
            if (text.GetLineSpan(firstLine).End >= span.End)
            {
                // A one-line paragraph is its source text: one that cannot matter to the caller is not copied.
                if (mayMatter is null || mayMatter(text.AsSpan(span)))
                {
                    yield return new ProseParagraph(text.GetText(span), span.Start, null);
                }

                continue;
            }

            var joined = new System.Text.StringBuilder(span.Length);
            var pieces = new List<ProseParagraph.Piece>();
            foreach (var segment in LinePieces(text, span))
            {
                // A line that ends a sentence or a clause (。；), or a line that opens an item (（一） 一、 1.), is not
                // run on into the next: a full stop stands between them, placed at the line's end.
                if (joined.Length > 0 && (EndsSentence(joined[^1]) || Model.Ordinals.OpensItem(text.AsSpan(segment))))
                {
                    joined.Append('。');
                }

                if (!segment.IsEmpty)
                {
                    pieces.Add(new ProseParagraph.Piece(joined.Length, segment.Start, segment.Length));
                }

                joined.Append(text.AsSpan(segment));
            }

            yield return new ProseParagraph(joined.ToString(), span.Start, [.. pieces]);
        }
    }

    private static bool EndsSentence(char c) => c is '。' or '；' or ';' or '！' or '!' or '？' or '?' or '：' or ':';

    /// <summary>The text outside the sorted, non-overlapping <paramref name="excluded"/> spans, one segment per line.</summary>
    public static IEnumerable<TextSpan> SegmentsOutside(SourceText text, IReadOnlyList<TextSpan> excluded)
    {
        int position = 0;
        foreach (var span in excluded)
        {
            foreach (var segment in LinePieces(text, TextSpan.FromBounds(position, Math.Max(position, span.Start))))
            {
                yield return segment;
            }

            position = Math.Max(position, span.End);
        }

        foreach (var segment in LinePieces(text, TextSpan.FromBounds(position, text.Length)))
        {
            yield return segment;
        }
    }

    /// <summary>The non-empty pieces of <paramref name="range"/> on each line it covers, line breaks left out.</summary>
    private static LinePieceEnumerable LinePieces(SourceText text, TextSpan range) => new(text, range);

    /// <summary>
    /// The line pieces of a range, enumerated without an allocation: every prose span of every report is walked this
    /// way, by several rules.
    /// </summary>
    private readonly struct LinePieceEnumerable(SourceText text, TextSpan range)
    {
        public LinePieceEnumerator GetEnumerator() => new(text, range);
    }

    private struct LinePieceEnumerator(SourceText text, TextSpan range)
    {
        private int start = range.Start;
        private int line = range.IsEmpty ? -1 : text.GetLineFromPosition(range.Start);

        public TextSpan Current { get; private set; }

        public bool MoveNext()
        {
            while (line >= 0 && start < range.End)
            {
                var lineSpan = text.GetLineSpan(line);
                int end = Math.Min(range.End, lineSpan.End);
                var piece = TextSpan.FromBounds(start, Math.Max(start, end));
                if (++line >= text.LineCount)
                {
                    line = -1;
                }
                else
                {
                    start = Math.Max(start, text.GetLineStart(line));
                }

                if (end > piece.Start)
                {
                    Current = piece;
                    return true;
                }
            }

            return false;
        }
    }

    // The prose spans are sorted and do not overlap: a binary search finds the first one that reaches past a position.
    private static int FirstEndingAfter(IReadOnlyList<TextSpan> spans, int position)
    {
        int low = 0, high = spans.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (spans[mid].End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>A CJK ideograph (the unified block and extension A, and 〇).</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '〇';

    /// <summary>A Chinese character or full-width Chinese punctuation (“”《》（）、。，…).</summary>
    public static bool IsChinese(char c) => IsIdeograph(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or '“' or '”' or '‘' or '’' or '…' or '—';

    /// <summary>Spans of URLs, e-mail addresses and inline code on a line: never rewritten, never read as prose.</summary>
    public static List<TextSpan> Protected(string line, int offset)
    {
        var spans = new List<TextSpan>();
        foreach (Match m in ProtectedRegex().Matches(line))
        {
            spans.Add(new TextSpan(offset + m.Index, m.Length));
        }

        return spans;
    }

    public static bool IsInside(List<TextSpan> spans, int position)
    {
        // Called for every character of every prose line, and the list is almost always empty.
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"`[^`]*`|(?:https?|ftp)://[^\s（）<>“”，。；]+|www\.[A-Za-z0-9.\-/_%?=&#]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|<[a-z]+://[^>]*>")]
    private static partial Regex ProtectedRegex();
}
