using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>Reads a Markdown draft (or pasted text) into the report model. Tolerant: it never throws on content.</summary>
public static class ReportParser
{
    /// <summary>The number of lines <see cref="ReadTitle"/> looks at: the title stands above the first part.</summary>
    private const int TitleSearchLines = 40;

    public static ReportDocument Parse(string text) => Parse(new SourceText(text));

    /// <summary>
    /// Only the title, read from the first lines: what pairing the reports of consecutive years needs, at a small
    /// fraction of a full parse. Its spans are those of the whole text (the head is a prefix of it).
    /// </summary>
    public static ReportTitle? ReadTitle(string text)
    {
        int end = 0;
        for (int lines = 0; lines < TitleSearchLines && end < text.Length; lines++)
        {
            int lineBreak = text.IndexOf('\n', end);
            end = lineBreak < 0 ? text.Length : lineBreak + 1;
        }

        var head = new SourceText(text[..end]);
        var scanned = LineScanner.Scan(head);
        int firstSection = -1;
        foreach (var line in scanned)
        {
            if (HeadingDetector.TryRead(head, line, isMarkdownHeading: false) is not null)
            {
                firstSection = line.Line;
                break;
            }
        }

        return TitleDetector.Find(head, scanned, firstSection);
    }

    public static ReportDocument Parse(SourceText text)
    {
        var markdown = MarkdownStructure.Read(text);
        var lines = LineScanner.Scan(text);
        var excluded = new HashSet<int>(markdown.CodeLines);
        excluded.UnionWith(markdown.HtmlLines);

        var sections = new List<Section>();
        foreach (var line in lines)
        {
            if (!excluded.Contains(line.Line) && HeadingDetector.TryRead(text, line, markdown.HeadingLines.Contains(line.Line)) is { } section)
            {
                sections.Add(section);
            }
        }

        for (int i = 0; i < sections.Count; i++)
        {
            sections[i] = sections[i] with { EndLine = i + 1 < sections.Count ? sections[i + 1].Line : text.LineCount };
        }

        var headingLines = sections.Select(s => s.Line).ToHashSet();
        var (table2, table3, table4) = TableReader.Read(text, lines, headingLines, excluded);
        var title = TitleDetector.Find(text, lines, sections.Count > 0 ? sections[0].Line : -1);

        return new ReportDocument(text)
        {
            Title = title,
            Period = PeriodDetector.Find(text),
            Sections = sections,
            Table2 = table2,
            Table3 = table3,
            Table4 = table4,
            Suppressions = SuppressionScanner.Scan(text),
            NonProseLines = excluded,
        };
    }
}
