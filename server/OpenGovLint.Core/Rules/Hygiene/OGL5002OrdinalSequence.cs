using System.Buffers;
using System.Text.RegularExpressions;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Rules.Text;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Hygiene;

/// <summary>
/// OGL5002: sub-item ordinals inside a section skip or repeat — （一）（二）（四）, 一是…三是, 1. 1. Each section and each
/// ordinal style is followed on its own; an outer item (（二）) restarts the inner sequences (1. 2.) below it.
/// </summary>
public sealed partial class OGL5002OrdinalSequence : ReportRule
{
    private const int StyleCount = 5;

    /// <summary>The marks after which the pattern looks for an item: sentence ends, semicolons, colons and commas.</summary>
    private static readonly SearchValues<char> ItemOpeners = SearchValues.Create("。；;：:！？!?，,");

    public override DiagnosticDescriptor Descriptor => RuleDescriptors.OrdinalSequence;

    public override void Analyze(RuleContext context)
    {
        var document = context.Document;
        foreach (var section in document.Sections)
        {
            var last = new OrdinalItem?[StyleCount];
            foreach (var item in Items(document, section))
            {
                // An outer item opens a new group: the inner sequences start again.
                for (int inner = (int)item.Style + 1; inner < StyleCount; inner++)
                {
                    last[inner] = null;
                }

                var previous = last[(int)item.Style];
                last[(int)item.Style] = item;
                if (previous is not { } p || item.Value == p.Value + 1)
                {
                    continue;
                }

                // 一是 enumerations start again in each paragraph; numbered lists only under a new outer item.
                if (item.Style == OrdinalStyle.ChineseIs && item.Value == 1 && item.Line != p.Line)
                {
                    continue;
                }

                context.Report(new TextSpan(item.Start, item.Length), context.Message("Message", p.Text, item.Text));
            }
        }
    }

    private static IEnumerable<OrdinalItem> Items(ReportDocument document, Section section)
    {
        // A section's body ends before the next heading, so no heading line is among its body lines.
        foreach (int line in Prose.BodyLines(document, section))
        {
            var span = document.Text.GetLineSpan(line);

            // Most lines hold no ordinal: look where one could stand before running the regex on a copy of the line.
            if (!MayHoldOrdinal(document.Text.AsSpan(span)))
            {
                continue;
            }

            string text = document.Text.GetText(span);
            foreach (Match m in OrdinalRegex().Matches(text))
            {
                var item = Read(m, span.Start, line);
                if (item is { } found)
                {
                    yield return found;
                }
            }
        }
    }

    /// <summary>
    /// Where the pattern below can match: at the line's start (after indentation and a list or heading marker) or
    /// after a sentence or clause mark, and only on a Chinese numeral, a bracket or a digit. A superset of the pattern,
    /// checked without copying the line.
    /// </summary>
    private static bool MayHoldOrdinal(ReadOnlySpan<char> line)
    {
        if (StartsLikeOrdinal(line.TrimStart().TrimStart("-*+#").TrimStart()))
        {
            return true;
        }

        int offset = 0;
        while (offset < line.Length)
        {
            int at = line[offset..].IndexOfAny(ItemOpeners);
            if (at < 0)
            {
                return false;
            }

            offset += at + 1;
            if (StartsLikeOrdinal(line[offset..].TrimStart()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsLikeOrdinal(ReadOnlySpan<char> text) =>
        text.Length > 0 && (text[0] is '（' or '(' or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' || char.IsAsciiDigit(text[0]));

    private static OrdinalItem? Read(Match m, int offset, int line)
    {
        var groups = m.Groups;
        var (style, group) =
            groups[GroupNumbers.Cc].Success ? (OrdinalStyle.ChineseComma, groups[GroupNumbers.Cc]) :
            groups[GroupNumbers.Cb].Success ? (OrdinalStyle.ChineseBracket, groups[GroupNumbers.Cb]) :
            groups[GroupNumbers.Cs].Success ? (OrdinalStyle.ChineseIs, groups[GroupNumbers.Cs]) :
            groups[GroupNumbers.Ar].Success ? (OrdinalStyle.Arabic, groups[GroupNumbers.Ar]) :
            (OrdinalStyle.ArabicBracket, groups[GroupNumbers.Ab]);
        int value = style is OrdinalStyle.Arabic or OrdinalStyle.ArabicBracket
            ? Digits.Parse(group.ValueSpan)
            : Ordinals.Parse(group.Value);
        if (value <= 0)
        {
            return null;
        }

        var token = groups[GroupNumbers.Tok];
        return new OrdinalItem(style, value, token.Value, offset + token.Index, token.Length, line);
    }

    /// <summary>The pattern's groups by number: looking a group up by name costs a dictionary lookup per match.</summary>
    private static class GroupNumbers
    {
        public static readonly int Tok = OrdinalRegex().GroupNumberFromName("tok");
        public static readonly int Cc = OrdinalRegex().GroupNumberFromName("cc");
        public static readonly int Cb = OrdinalRegex().GroupNumberFromName("cb");
        public static readonly int Cs = OrdinalRegex().GroupNumberFromName("cs");
        public static readonly int Ar = OrdinalRegex().GroupNumberFromName("ar");
        public static readonly int Ab = OrdinalRegex().GroupNumberFromName("ab");
    }

    // Line starts (after indentation or a list marker) hold every style; sentence starts (after 。；：) hold （一） and
    // 一是, and 一是 also follows a comma (下一步，一是…). "1." must not be a decimal (1.5亿).
    [GeneratedRegex(@"(?:^[\s\u3000]*(?:[-*+][ \t]+|#{1,6}[ \t]+)?(?<tok>(?<cc>[一二三四五六七八九十]{1,3})、|[（(](?<cb>[一二三四五六七八九十]{1,3})[）)]|(?<cs>[一二三四五六七八九十]{1,3})是|(?<ar>[0-9]{1,2})(?:[.．](?![0-9])|、)|[（(](?<ab>[0-9]{1,2})[）)]))|(?:(?<=[。；;：:！？!?])[\s\u3000]*(?<tok>[（(](?<cb>[一二三四五六七八九十]{1,3})[）)]|(?<cs>[一二三四五六七八九十]{1,3})是))|(?:(?<=[，,])[\s\u3000]*(?<tok>(?<cs>[一二三四五六七八九十]{1,3})是))", RegexOptions.Multiline)]
    private static partial Regex OrdinalRegex();
}
