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
        if (style == LabelParts.OrdinalStyle.None && TableVocabulary.IsTableCaption(title))
        {
            return null;
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
    /// A heading whose ordinal stands on a line of its own and whose title is on the next (<c>六、</c> / <c>其他需要报告的事项</c>),
    /// as text extracted from a PDF or a Word-made page has it. Only a known part title is taken: a lone ordinal above an
    /// arbitrary line is more likely a list item.
    /// </summary>
    public static Section? TryReadSplit(SourceText text, ScannedLine ordinalLine, ScannedLine titleLine)
    {
        if (ordinalLine.Kind != LineKind.Text || titleLine.Kind != LineKind.Text)
        {
            return null;
        }

        var ordinalText = text.AsSpan(ordinalLine.ContentSpan);
        if (ordinalText.Length is < 2 or > 4 || !MayOpenHeading(ordinalText))
        {
            return null;
        }

        var (style, ordinal, ordinalLength) = LabelParts.ReadOrdinal(ordinalText.ToString());
        if (style != LabelParts.OrdinalStyle.Chinese || ordinalLength < ordinalText.Length)
        {
            return null;
        }

        string title = titleLine.Text.TrimEnd('。', '.', ':', '：', ' ', '　');
        var (kind, match) = SectionCatalog.Match(title);
        if (kind == SectionKind.Unknown || TextNormalizer.Compact(title).Length > MaxKnownTitleLength || TableVocabulary.IsAnyRowLabel(title))
        {
            return null;
        }

        var titleSpan = new TextSpan(titleLine.ContentSpan.Start, title.Length);
        return new Section(
            kind,
            match,
            ordinal,
            ordinalText.ToString(),
            title,
            TextSpan.FromBounds(ordinalLine.ContentSpan.Start, titleSpan.End),
            ordinalLine.ContentSpan,
            titleSpan,
            ordinalLine.Line,
            false);
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
