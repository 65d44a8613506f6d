using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Finds part headings that run into the text around them (<c>…的情况。 一、总体情况2021年，我区…</c>), as flattened web
/// text has them: a Chinese ordinal with its 、 followed by a part's title. Where the title ends is not marked, so the
/// longest known title (or variant) that the text starts with is taken; failing that, the prefix closest to a known
/// title within a few characters (a misspelt title such as 行政法复议). Table-3 labels that share the ordinals
/// (<c>四、结转下年度继续办理</c>) match no part title and are left alone.
/// </summary>
internal static class RunInHeadingReader
{
    private const int MaxTitleLength = 40;

    public static List<HeadingBlock> Find(SourceText text, TextSpan range)
    {
        var found = new List<HeadingBlock>();
        var content = text.AsSpan(range);
        int line = text.GetLineFromPosition(range.Start);
        for (int i = 0; i < content.Length; i++)
        {
            if (!Ordinals.IsItemNumeral(content[i]) || (i > 0 && Ordinals.IsItemNumeral(content[i - 1])))
            {
                continue;
            }

            int numeralEnd = i;
            while (numeralEnd < content.Length && Ordinals.IsItemNumeral(content[numeralEnd]))
            {
                numeralEnd++;
            }

            if (numeralEnd - i > 2 || numeralEnd >= content.Length || content[numeralEnd] is not ('、' or '．' or '.'))
            {
                continue;
            }

            int ordinal = Ordinals.Parse(content[i..numeralEnd]);
            int titleStart = numeralEnd + 1;
            while (titleStart < content.Length && LineScanner.IsBlank(content[titleStart]))
            {
                titleStart++;
            }

            if (ordinal is < 1 or > 9 || MatchTitle(content[titleStart..]) is not { } match)
            {
                continue;
            }

            // A table-3 label that starts with a part's words is not a heading.
            string candidate = content.Slice(i, Math.Min(content.Length - i, 30)).ToString();
            if (TableVocabulary.Table3Rows.Match(candidate) is { Match: TitleMatch.Canonical })
            {
                continue;
            }

            int start = range.Start + i;
            int titleOffset = range.Start + titleStart;
            var titleSpan = new TextSpan(titleOffset, match.Length);
            var headingSpan = TextSpan.FromBounds(start, titleSpan.End);
            var section = new Section(
                match.Kind,
                match.Match,
                ordinal,
                text.GetText(TextSpan.FromBounds(start, range.Start + numeralEnd + 1)),
                text.GetText(titleSpan),
                headingSpan,
                TextSpan.FromBounds(start, range.Start + numeralEnd + 1),
                titleSpan,
                line,
                false);
            found.Add(new HeadingBlock(headingSpan, section, HeadingPlacement.RunIn));
            i = titleStart + match.Length - 1;
        }

        return found;
    }

    /// <summary>The part title the text starts with, and how many of its characters the title takes.</summary>
    private static (SectionKind Kind, TitleMatch Match, int Length)? MatchTitle(ReadOnlySpan<char> text)
    {
        int limit = Math.Min(text.Length, MaxTitleLength);
        Span<char> key = stackalloc char[limit];
        Span<int> ends = stackalloc int[limit];
        int keyLength = 0;
        for (int i = 0; i < limit; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                key[keyLength] = char.ToLowerInvariant(c);
                ends[keyLength] = i + 1;
                keyLength++;
            }
        }

        // The longest exact title or variant.
        (SectionKind Kind, TitleMatch Match, int Length)? best = null;
        int bestKeyLength = 0;
        foreach (var (kind, titleKey, canonical) in SectionCatalog.TitleKeys)
        {
            if (titleKey.Length > bestKeyLength && ((ReadOnlySpan<char>)key[..keyLength]).StartsWith(titleKey))
            {
                best = (kind, canonical ? TitleMatch.Canonical : TitleMatch.Variant, ends[titleKey.Length - 1]);
                bestKeyLength = titleKey.Length;
            }
        }

        if (best is not null)
        {
            return best;
        }

        // A misspelt title: the prefix nearest to a known title, a character or two off.
        int bestDistance = int.MaxValue;
        foreach (var (kind, titleKey, _) in SectionCatalog.TitleKeys)
        {
            if (titleKey.Length < 6)
            {
                continue;
            }

            int allowed = Math.Max(1, titleKey.Length / 8);
            for (int length = titleKey.Length - allowed; length <= Math.Min(keyLength, titleKey.Length + allowed); length++)
            {
                if (length < 1)
                {
                    continue;
                }

                int distance = LabelMatcher.EditDistance(key[..length].ToString(), titleKey, allowed);
                if (distance <= allowed && distance < bestDistance)
                {
                    bestDistance = distance;
                    best = (kind, TitleMatch.Variant, ends[length - 1]);
                }
            }
        }

        return best;
    }
}
