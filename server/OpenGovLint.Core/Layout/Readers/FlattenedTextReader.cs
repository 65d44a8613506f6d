using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Re-reads the lines that hold a whole report or a large part of one, as flattened web text has them (spec §8): every
/// line break and cell separator of the page removed. Within such a line it finds the part headings that run into the
/// text, and the standard tables whose cells run together; the rest stays prose. Lines of ordinary length are left as
/// the line reader laid them out.
/// </summary>
internal static class FlattenedTextReader
{
    /// <summary>Shorter lines are paragraphs; a flattened report is thousands of characters long.</summary>
    private const int MinLineLength = 300;

    /// <summary>The anchors a run-together table starts at, as keys: its caption, its 勾稽 note or header, its first row.</summary>
    private static readonly string[] Table2Anchors = [TextNormalizer.Key("第二十条第（一）项"), "第二十条第"];

    private static readonly string[] Table3Anchors = ["本列数据的勾稽关系", "本列数据的钩稽关系", "勾稽关系", "钩稽关系", "申请人情况", TextNormalizer.Key("一、本年新收政府信息公开申请数量")];

    private static readonly string[] Table4Anchors = ["行政复议行政诉讼", "行政复议结果维持", "结果维持结果纠正"];

    public static LayoutDocument Apply(LayoutDocument layout)
    {
        var text = layout.Text;
        List<LayoutBlock>? blocks = null;
        var tablesFound = new HashSet<StandardTable>();
        foreach (var block in layout.Blocks)
        {
            if (block is TableBlock table)
            {
                tablesFound.Add(table.Kind);
            }
        }

        bool headingsFound = layout.Blocks.Any(b => b is HeadingBlock);
        if (headingsFound && tablesFound.Count == 3)
        {
            return layout; // the line reader found the report's structure: no line of it is flattened
        }

        for (int index = 0; index < layout.Blocks.Count; index++)
        {
            var block = layout.Blocks[index];
            if (block is not ParagraphBlock paragraph || ReadParagraph(text, paragraph, tablesFound, headingsFound) is not { } replaced)
            {
                blocks?.Add(block);
                continue;
            }

            blocks ??= [.. layout.Blocks.Take(index)];
            blocks.AddRange(replaced);
        }

        return blocks is null ? layout : new LayoutDocument(text, blocks, layout.Layouts | SourceLayout.Flattened);
    }

    /// <summary>The paragraph's blocks when one of its lines is a flattened report; null when none is.</summary>
    private static List<LayoutBlock>? ReadParagraph(SourceText text, ParagraphBlock paragraph, HashSet<StandardTable> tablesFound, bool headingsFound)
    {
        List<LayoutBlock>? result = null;
        int proseStart = paragraph.Span.Start;
        int first = text.GetLineFromPosition(paragraph.Span.Start);
        int last = text.GetLineFromPosition(paragraph.Span.End);
        for (int line = first; line <= last; line++)
        {
            var lineSpan = text.GetLineSpan(line);
            if (lineSpan.Length < MinLineLength || ReadLine(text, lineSpan, tablesFound, headingsFound) is not { Count: > 0 } found)
            {
                continue;
            }

            result ??= [];
            foreach (var block in found)
            {
                AddProse(result, proseStart, block.Span.Start);
                result.Add(block);
                proseStart = block.Span.End;
            }
        }

        if (result is null)
        {
            return null;
        }

        AddProse(result, proseStart, paragraph.Span.End);
        return result;
    }

    private static void AddProse(List<LayoutBlock> blocks, int start, int end)
    {
        if (end > start)
        {
            blocks.Add(new ParagraphBlock(TextSpan.FromBounds(start, end)));
        }
    }

    /// <summary>The headings and tables of one flattened line, in order; empty when it holds neither.</summary>
    private static List<LayoutBlock> ReadLine(SourceText text, TextSpan line, HashSet<StandardTable> tablesFound, bool headingsFound)
    {
        var found = new List<LayoutBlock>();
        var headings = headingsFound ? [] : RunInHeadingReader.Find(text, line);
        var keyed = KeyedText.Of(text, line);
        foreach (var (kind, anchors, part) in new[]
        {
            (StandardTable.ActiveDisclosure, Table2Anchors, SectionKind.ActiveDisclosure),
            (StandardTable.Applications, Table3Anchors, SectionKind.Applications),
            (StandardTable.ReviewLitigation, Table4Anchors, SectionKind.ReviewLitigation),
        })
        {
            if (tablesFound.Contains(kind))
            {
                continue;
            }

            // The table stands in its own part when the part's heading was found: search from there.
            int from = line.Start;
            if (headings.FirstOrDefault(h => h.Section.Kind == part) is { } heading)
            {
                from = heading.Span.End;
            }

            if (FirstAnchor(text, keyed, anchors, from) is not int anchor)
            {
                continue;
            }

            int end = line.End;
            foreach (var h in headings)
            {
                if (h.Span.Start > anchor)
                {
                    end = h.Span.Start;
                    break;
                }
            }

            foreach (var other in found)
            {
                if (other.Span.Start > anchor)
                {
                    end = Math.Min(end, other.Span.Start);
                }
            }

            if (RunTogetherTableReader.Read(text, TextSpan.FromBounds(anchor, end), kind) is { } table)
            {
                found.Add(table);
                tablesFound.Add(kind);
            }
        }

        // A heading inside a table's stretch is one of its labels after all.
        foreach (var heading in headings)
        {
            if (!found.Any(b => b.Span.OverlapsWith(heading.Span)))
            {
                found.Add(heading);
            }
        }

        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    /// <summary>The source offset of the first anchor at or after <paramref name="from"/>, if any.</summary>
    private static int? FirstAnchor(SourceText text, KeyedText keyed, string[] anchors, int from)
    {
        int start = 0;
        while (start < keyed.Length && keyed.SourceOffset(start) < from)
        {
            start++;
        }

        int best = -1;
        foreach (var anchor in anchors)
        {
            int at = keyed.IndexOf(anchor, start);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        if (best < 0)
        {
            return null;
        }

        // A note in brackets starts at its bracket.
        int offset = keyed.SourceOffset(best);
        return offset > from && text[offset - 1] is '（' or '(' ? offset - 1 : offset;
    }
}
