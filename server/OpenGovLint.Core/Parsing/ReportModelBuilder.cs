using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Builds the report model from a layout document's blocks: parts from the headings, the standard tables from the table
/// blocks (rows read by their labels), the title from the paragraphs above the first part, prose from the paragraphs
/// and headings. Whatever reader laid the document out, the model is built the same way.
/// </summary>
internal static class ReportModelBuilder
{
    /// <summary>The title stands within the first lines of a report, above its first part.</summary>
    private const int TitleSearchLines = 12;

    public static ReportDocument Build(LayoutDocument layout)
    {
        var text = layout.Text;
        var sections = new List<Section>();
        var prose = new List<TextSpan>();
        var nonProse = new List<TextSpan>();
        var tables = new List<TableBlock>();
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    sections.Add(heading.Section);
                    prose.Add(heading.Span);
                    break;
                case ParagraphBlock:
                    prose.Add(block.Span);
                    break;
                case TableBlock table when !tables.Any(t => t.Kind == table.Kind):
                    tables.Add(table); // read below, once the report's edition is known
                    break;
                case TableBlock:
                    // A second table of a kind already read is not a standard table: its text is prose.
                    prose.Add(block.Span);
                    break;
                default:
                    nonProse.Add(block.Span);
                    break;
            }
        }

        DemoteLookalikes(sections);
        for (int i = 0; i < sections.Count; i++)
        {
            bool last = i + 1 == sections.Count;
            sections[i] = sections[i] with
            {
                EndLine = last ? text.LineCount : sections[i + 1].Line,
                End = last ? text.Length : sections[i + 1].HeadingSpan.Start,
            };
        }

        var title = TitleDetector.Find(text, TitleLines(layout, sections), sections.Count > 0 ? sections[0].Line : -1);
        if (title is null && layout.Layouts.HasFlag(SourceLayout.Flattened) && layout.Blocks.FirstOrDefault(b => b is ParagraphBlock) is { } first && text.GetLineFromPosition(first.Span.Start) < TitleSearchLines)
        {
            // Flattened text: the title runs into what follows it, on the line that holds the whole report.
            title = TitleDetector.RunInTitle(text, first.Span);
        }

        var period = PeriodDetector.Find(text, prose);
        var edition = EditionDetector.Decide(text, title, period, prose);
        var read = EditionReading.Apply(layout, edition, sections, tables, prose, nonProse);
        return new ReportDocument(text)
        {
            Title = title,
            Period = period,
            Edition = edition,
            Appendix = read.Appendix,
            Sections = read.Sections,
            Table2 = read.Table2,
            Table3 = read.Table3,
            Table4 = read.Table4,
            Suppressions = SuppressionScanner.Scan(text),
            ProseSpans = read.Prose,
            NonProseSpans = read.NonProse,
            Layouts = layout.Layouts,

            // A page or Word file: the rendered text's map back to the file, for the outputs.
            Map = layout.Map,
            Format = layout.Format,
        };
    }

    /// <summary>
    /// A part recognised only by its words (主动公开工作情况) where the same part also stands under its own title or a listed
    /// variant (主动公开政府信息情况) is a local narrative part that resembles it, not the part: Shanghai's reports, for one,
    /// tell 三、主动公开工作情况 in prose and then give the standard parts again, numbered anew, with their tables.
    /// </summary>
    private static void DemoteLookalikes(List<Section> sections)
    {
        for (int i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            if (section.Kind == SectionKind.Unknown || SectionCatalog.MatchExact(section.Title).Kind == section.Kind)
            {
                continue;
            }

            bool named = sections.Any(s => s.Kind == section.Kind && !ReferenceEquals(s, section) && SectionCatalog.MatchExact(s.Title).Kind == s.Kind);
            if (named)
            {
                sections[i] = section with { Kind = SectionKind.Unknown, Match = TitleMatch.Unknown };
            }
        }
    }

    /// <summary>
    /// The first lines of the document as the title reader sees them: lines that hold a paragraph are scanned, all other
    /// lines (tables, headings, furniture, comments) stand as blank.
    /// </summary>
    private static ScannedLine[] TitleLines(LayoutDocument layout, List<Section> sections)
    {
        var text = layout.Text;
        int count = Math.Min(text.LineCount, TitleSearchLines);
        var lines = new ScannedLine[count];
        for (int i = 0; i < count; i++)
        {
            lines[i] = LineScanner.Blank(text, i);
        }

        foreach (var block in layout.Blocks)
        {
            if (block.Span.Start >= text.Length || text.GetLineFromPosition(block.Span.Start) >= count)
            {
                break;
            }

            if (block is not ParagraphBlock)
            {
                continue;
            }

            int first = text.GetLineFromPosition(block.Span.Start);
            int lastLine = Math.Min(count - 1, text.GetLineFromPosition(block.Span.End));
            for (int line = first; line <= lastLine; line++)
            {
                var lineSpan = text.GetLineSpan(line);
                if (lineSpan.Start >= block.Span.Start && lineSpan.End <= block.Span.End)
                {
                    lines[line] = LineScanner.ScanLine(text, line);
                }
            }
        }

        return lines;
    }
}
