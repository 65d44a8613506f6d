using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// A part heading that a page's text breaks over several short lines, as repeated-line archives of Word-made pages have
/// it (spec §8): the ordinal and its mark apart (<c>一</c> / <c>、</c> / <c>总体情况</c>), the title in pieces
/// (<c>三、</c> / <c>收到和处理</c> / <c>政府信息</c> / <c>公开申请</c> / <c>情况</c>). The pieces are joined only when together they
/// are a known part title — the longest join that is a canonical title, else the shortest that is a known variant, within
/// a few lines — so a list item above ordinary lines is not taken.
/// </summary>
internal static class SplitHeadingReader
{
    /// <summary>How many lines a title may be broken into.</summary>
    private const int MaxTitleLines = 6;

    /// <summary>Pieces of a broken title are short; a longer line is prose.</summary>
    private const int MaxPieceLength = 20;

    /// <summary>The heading that starts at line <paramref name="index"/> and the last line it takes, or null.</summary>
    public static (Section Section, int LastLine)? TryRead(SourceText text, ScannedLine[] lines, int index, IReadOnlySet<int> excluded)
    {
        var first = lines[index];
        if (first.Kind != LineKind.Text)
        {
            return null;
        }

        var ordinalText = text.AsSpan(first.ContentSpan).Trim();
        if (ordinalText.Length is < 1 or > 3 || !Ordinals.IsItemNumeral(ordinalText[0]))
        {
            return null;
        }

        var (style, ordinal, ordinalLength) = LabelParts.ReadOrdinal(ordinalText.ToString());
        int next = NextLine(lines, index, excluded);
        int ordinalEnd = first.ContentSpan.End;
        if (style != LabelParts.OrdinalStyle.Chinese || ordinalLength < ordinalText.Length)
        {
            // 一 / 、: the mark on the line after the numeral.
            if (ordinalText.Length != 1 || next < 0 || text.AsSpan(lines[next].ContentSpan).Trim() is not ("、" or "．" or "."))
            {
                return null;
            }

            ordinal = Ordinals.Parse(ordinalText);
            ordinalEnd = lines[next].ContentSpan.End;
            next = NextLine(lines, next, excluded);
        }

        if (ordinal == 0)
        {
            return null;
        }

        (Section Section, int LastLine)? best = null, variant = null;
        string title = string.Empty;
        var titleStart = next >= 0 ? lines[next].ContentSpan.Start : 0;
        for (int piece = 0, line = next; piece < MaxTitleLines && line >= 0; piece++, line = NextLine(lines, line, excluded))
        {
            var current = lines[line];
            string pieceText = current.Kind == LineKind.Text ? text.GetText(current.ContentSpan).Trim() : string.Empty;
            if (pieceText.Length is 0 or > MaxPieceLength || ValueReader.IsValueLike(pieceText))
            {
                break;
            }

            title += pieceText;
            string trimmed = title.TrimEnd('。', '.', ':', '：', ' ', '\u3000');
            var (kind, match) = SectionCatalog.Match(trimmed);
            if (kind == SectionKind.Unknown || TableVocabulary.IsAnyRowLabel(trimmed))
            {
                continue;
            }

            var headingSpan = TextSpan.FromBounds(first.ContentSpan.Start, current.ContentSpan.End);
            var section = new Section(
                kind,
                match,
                ordinal,
                text.GetText(TextSpan.FromBounds(first.ContentSpan.Start, ordinalEnd)).ReplaceLineEndings(string.Empty),
                trimmed,
                headingSpan,
                TextSpan.FromBounds(first.ContentSpan.Start, ordinalEnd),
                TextSpan.FromBounds(titleStart, current.ContentSpan.End),
                first.Line,
                false);
            if (match == TitleMatch.Canonical)
            {
                best = (section, line); // the longest join that is the canonical title
            }
            else
            {
                variant ??= (section, line); // else the shortest that is a known variant: more lines would be the text's
            }
        }

        return best ?? variant;
    }

    /// <summary>The next line after <paramref name="index"/> that is not blank nor excluded, within two lines; -1 if none.</summary>
    private static int NextLine(ScannedLine[] lines, int index, IReadOnlySet<int> excluded)
    {
        for (int i = index + 1; i < lines.Length && i <= index + 2; i++)
        {
            if (excluded.Contains(i))
            {
                return -1;
            }

            if (lines[i].Kind != LineKind.Blank)
            {
                return i;
            }
        }

        return -1;
    }
}
