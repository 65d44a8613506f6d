using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Finds the top-level part headings: Markdown headings (<c>## 一、总体情况</c>) or plain lines (<c>一、总体情况</c>),
/// as in every real draft. Table-3 row labels such as <c>一、本年新收政府信息公开申请数量</c> carry the same ordinals and
/// are told apart by their text.
/// </summary>
internal static class HeadingDetector
{
    private const int MaxKnownTitleLength = 40;
    private const int MaxUnknownTitleLength = 24;

    public static Section? TryRead(SourceText text, ScannedLine line, bool isMarkdownHeading)
    {
        if (line.Kind != LineKind.Text || (!isMarkdownHeading && !MayOpenHeading(text.AsSpan(line.ContentSpan))))
        {
            return null;
        }

        TableCell cell = line.Cells[0];
        string content = cell.Text;
        int offset = cell.Span.Start;

        // Markdown heading markers and bold markers around the heading text.
        int hashes = 0;
        while (hashes < content.Length && content[hashes] == '#')
        {
            hashes++;
        }

        bool markdown = isMarkdownHeading || (hashes is > 0 and <= 6 && hashes < content.Length && content[hashes] == ' ');
        if (hashes > 0 && markdown)
        {
            var (s, len) = LineScanner.Trim(content, hashes, content.Length - hashes);
            offset += s;
            content = content.Substring(s, len);
        }

        if (content.StartsWith("**", StringComparison.Ordinal) && content.EndsWith("**", StringComparison.Ordinal) && content.Length > 4)
        {
            offset += 2;
            content = content[2..^2];
        }

        if (content.Length == 0)
        {
            return null;
        }

        var (style, ordinal, ordinalLength) = LabelParts.ReadOrdinal(content);
        if (style != LabelParts.OrdinalStyle.Chinese && !(markdown && style == LabelParts.OrdinalStyle.None))
        {
            return null;
        }

        if (TableVocabulary.IsAnyRowLabel(content))
        {
            return null;
        }

        string title = content[ordinalLength..];
        if (style == LabelParts.OrdinalStyle.None && (TableVocabulary.IsTableCaption(title) || TableVocabulary.IsHeaderWords(title)))
        {
            return null; // a converter's heading over a table's header (### 申请人情况, ### 行政复议) is the table's
        }

        string trimmedTitle = title.TrimEnd('。', '.', ':', '：', ' ', '\u3000');
        var (kind, match) = SectionCatalog.Match(trimmedTitle);
        int titleLength = TextNormalizer.Compact(trimmedTitle).Length;
        if (kind != SectionKind.Unknown)
        {
            if (titleLength > MaxKnownTitleLength)
            {
                return null;
            }
        }
        else if (titleLength is < 2 or > MaxUnknownTitleLength || HasSentencePunctuation(trimmedTitle) || (style == LabelParts.OrdinalStyle.None))
        {
            return null;
        }

        string ordinalText = content[..ordinalLength].TrimEnd();
        return new Section(
            kind,
            match,
            ordinal,
            ordinalText,
            trimmedTitle,
            new TextSpan(offset, content.Length),
            new TextSpan(offset, ordinalText.Length),
            new TextSpan(offset + ordinalLength, trimmedTitle.Length),
            line.Line,
            markdown);
    }

    /// <summary>
    /// A heading broken over several short lines, as text extracted from a Word-made page has it: <c>六、</c> / <c>其他需要报告的事项</c>,
    /// <c>一</c> / <c>、</c> / <c>总体情况</c>, <c>三、</c> / <c>收到和处理</c> / <c>政府信息</c> / <c>公开申请</c> / <c>情况</c>. The lines joined must be an
    /// ordinal and exactly a known part title or listed variant: a lone ordinal above other text is more likely a list
    /// item. Returns the heading and the index of its last line.
    /// </summary>
    public static (Section Section, int LastIndex)? TryReadJoined(SourceText text, ScannedLine[] lines, int start, Func<int, bool> usable)
    {
        const int MaxLines = 6;
        const int MaxPieceLength = MaxKnownTitleLength;
        var first = lines[start];
        if (first.Kind != LineKind.Text || first.ContentSpan.Length > MaxPieceLength || !MayOpenHeading(text.AsSpan(first.ContentSpan)) || TableVocabulary.IsAnyRowLabel(first.Text))
        {
            return null;
        }

        (Section, int)? found = null;
        bool ordinalAlone = LabelParts.ReadOrdinal(text.GetText(first.ContentSpan)) is { Style: LabelParts.OrdinalStyle.Chinese } o && o.Length >= first.ContentSpan.Length;
        var joined = new System.Text.StringBuilder(text.GetText(first.ContentSpan));
        var starts = new List<(int At, int Offset)> { (0, first.ContentSpan.Start) };
        for (int i = start + 1; i < lines.Length && i <= start + MaxLines; i++)
        {
            var line = lines[i];
            // Under an ordinal alone, the next line may hold the whole title, however long. A figure, or a line that
            // opens with an ordinal of its own, is never part of a heading.
            bool wholeTitle = ordinalAlone && i == start + 1;
            if (line.Kind != LineKind.Text || line.ContentSpan.Length > (wholeTitle ? MaxKnownTitleLength : MaxPieceLength) || !usable(i)
                || ValueReader.IsValueLike(line.Text) || (MayOpenHeading(text.AsSpan(line.ContentSpan)) && LabelParts.ReadOrdinal(line.Text).Style != LabelParts.OrdinalStyle.None))
            {
                break;
            }

            starts.Add((joined.Length, line.ContentSpan.Start));
            joined.Append(text.AsSpan(line.ContentSpan));
            string content = joined.ToString();
            var (style, ordinal, ordinalLength) = LabelParts.ReadOrdinal(content);
            if (style != LabelParts.OrdinalStyle.Chinese || ordinalLength >= content.Length || TableVocabulary.IsAnyRowLabel(content))
            {
                continue;
            }

            string title = content[ordinalLength..].TrimEnd('。', '.', ':', '：');

            // A whole title under its ordinal is matched as a title on one line is (its words may do); pieces must
            // join into a known title exactly.
            var (kind, match) = wholeTitle || EndsLikeATitle(title) ? SectionCatalog.Match(title) : SectionCatalog.MatchExact(title);
            if (kind == SectionKind.Unknown)
            {
                continue;
            }

            // Where the ordinal and the title start in the source: the joined text maps back piece by piece.
            int ordinalEnd = ordinalLength;
            while (ordinalEnd > 0 && LineScanner.IsBlank(content[ordinalEnd - 1]))
            {
                ordinalEnd--;
            }

            int titleStart = Source(starts, ordinalLength);
            var headingSpan = TextSpan.FromBounds(first.ContentSpan.Start, line.ContentSpan.End);
            var section = new Section(
                kind,
                match,
                ordinal,
                content[..ordinalEnd],
                title,
                headingSpan,
                TextSpan.FromBounds(first.ContentSpan.Start, Source(starts, ordinalEnd - 1) + 1),
                TextSpan.FromBounds(titleStart, line.ContentSpan.End),
                first.Line,
                false);
            found = (section, i);
        }

        return found;
    }

    /// <summary>A title's last words (…情况, …事项, …措施): pieces that end so may be matched by their words.</summary>
    private static bool EndsLikeATitle(string title) =>
        title.EndsWith("情况", StringComparison.Ordinal) || title.EndsWith("事项", StringComparison.Ordinal) || title.EndsWith("措施", StringComparison.Ordinal);

    /// <summary>The source offset of character <paramref name="index"/> of a heading joined from pieces.</summary>
    private static int Source(List<(int At, int Offset)> starts, int index)
    {
        for (int i = starts.Count - 1; i >= 0; i--)
        {
            if (starts[i].At <= index)
            {
                return starts[i].Offset + (index - starts[i].At);
            }
        }

        return starts[0].Offset;
    }

    /// <summary>
    /// What every heading starts with, checked on the line in place before its text is copied: Markdown's #, or a
    /// Chinese ordinal (一、), possibly in bold. Prose lines fail here at their first character.
    /// </summary>
    private static bool MayOpenHeading(ReadOnlySpan<char> content)
    {
        if (content.StartsWith('#'))
        {
            return true;
        }

        if (content.StartsWith("**"))
        {
            content = content[2..];
        }

        content = content.TrimStart();
        return content.Length > 0 && Ordinals.IsItemNumeral(content[0]);
    }

    private static bool HasSentencePunctuation(string text) => text.AsSpan().IndexOfAny("。，,；;！!？?：:") >= 0;
}
