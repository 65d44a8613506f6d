using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout.Readers;

/// <summary>
/// Reads a Markdown draft or pasted text line by line (spec §5, §6): Markdig gives the block structure (headings, fenced
/// code, HTML comments); a part heading is a line of its own; each standard table is found by an anchor only it has and
/// takes the table-like lines after it, in whichever shape it was pasted (pipe table, pipe rows, tab-separated, one cell
/// per line); every other line is prose. Lines that hold more than one block (flattened text) are left to later steps.
/// </summary>
internal sealed class LineReader : ILayoutReader
{
    public static LineReader Instance { get; } = new();

    public LayoutDocument Read(SourceText text) => Read(text, LineScanner.Scan(text));

    public LayoutDocument Read(SourceText text, ScannedLine[] lines)
    {
        var markdown = MarkdownStructure.Read(text);
        var excluded = new HashSet<int>(markdown.CodeLines);
        excluded.UnionWith(markdown.HtmlLines);

        // What each line is: prose unless a heading, a table or a non-prose block claims it.
        var owner = new LayoutBlock?[lines.Length];
        var blocks = new List<LayoutBlock>();
        var headingLines = new HashSet<int>();
        Func<int, bool> usable = l => !excluded.Contains(l);
        int lastOrdinal = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (excluded.Contains(line.Line))
            {
                continue;
            }

            if (HeadingDetector.TryRead(text, line, markdown.HeadingLines.Contains(line.Line)) is { } section && FollowsOn(section, lastOrdinal)
                && !(section.Kind == Model.SectionKind.Unknown && StartsLabel(text, lines, i)))
            {
                lastOrdinal = Math.Max(lastOrdinal, section.Ordinal);
                var heading = new HeadingBlock(line.ContentSpan, section, HeadingPlacement.OwnLine);
                owner[line.Line] = heading;
                headingLines.Add(line.Line);
                blocks.Add(heading);
            }
            else if (HeadingDetector.TryReadJoined(text, lines, i, usable) is var (split, next))
            {
                lastOrdinal = Math.Max(lastOrdinal, split.Ordinal);
                var heading = new HeadingBlock(split.HeadingSpan, split, HeadingPlacement.OwnLine);
                for (int covered = i; covered <= next; covered++)
                {
                    owner[covered] = heading;
                    headingLines.Add(covered);
                }

                blocks.Add(heading);
                i = next;
            }
        }

        foreach (var table in TableReader.Read(text, lines, headingLines, excluded))
        {
            for (int line = table.StartLine; line <= table.EndLine; line++)
            {
                owner[line] = table;
            }

            blocks.Add(table);
        }

        foreach (var line in lines)
        {
            if (line.Kind == LineKind.PageFooter && owner[line.Line] is null && !excluded.Contains(line.Line))
            {
                var footer = new FurnitureBlock(line.Span, FurnitureKind.PageFooter);
                owner[line.Line] = footer;
                blocks.Add(footer);
            }
        }

        AddRuns(text, lines, excluded, owner, blocks, nonProse: true);
        AddRuns(text, lines, excluded, owner, blocks, nonProse: false);
        blocks.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new LayoutDocument(text, blocks, SourceLayout.Lines);
    }

    /// <summary>
    /// A part of unknown title counts as a part only where its ordinal continues the parts before it. In a table broken
    /// up by a PDF, a fragment such as <c>三、本</c> (of 三、本年度办理结果) under part 三 looks like a heading; a report's own
    /// extra part (五、信息处理费收取情况 after 四) still is one.
    /// </summary>
    private static bool FollowsOn(Section section, int lastOrdinal) =>
        section.Kind != Model.SectionKind.Unknown || section.Ordinal == 0 || section.Ordinal > lastOrdinal;

    /// <summary>
    /// True when the line and the one or two after it join into a table's row label: <c>四、结转下年度继续</c> / <c>办理</c>
    /// is table 3's last row broken over lines, not a part.
    /// </summary>
    private static bool StartsLabel(SourceText text, ScannedLine[] lines, int index)
    {
        string joined = text.GetText(lines[index].ContentSpan);
        for (int i = index + 1; i < lines.Length && i <= index + 2; i++)
        {
            if (lines[i].Kind != LineKind.Text)
            {
                break;
            }

            joined += text.GetText(lines[i].ContentSpan);
            if (TableVocabulary.IsAnyRowLabel(joined))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds a block for each run of unclaimed lines: non-prose runs (fenced code, HTML blocks) or prose paragraphs, which
    /// end at a blank line.
    /// </summary>
    private static void AddRuns(SourceText text, ScannedLine[] lines, HashSet<int> excluded, LayoutBlock?[] owner, List<LayoutBlock> blocks, bool nonProse)
    {
        int start = -1;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool member = i < lines.Length && owner[i] is null && excluded.Contains(i) == nonProse && (nonProse || lines[i].Kind != LineKind.Blank);
            if (member && start < 0)
            {
                start = i;
            }
            else if (!member && start >= 0)
            {
                var span = TextSpan.FromBounds(lines[start].Span.Start, lines[i - 1].Span.End);
                LayoutBlock block = nonProse ? new NonProseBlock(span) : new ParagraphBlock(span);
                blocks.Add(block);
                for (int line = start; line < i; line++)
                {
                    owner[line] = block;
                }

                start = -1;
            }
        }
    }
}
