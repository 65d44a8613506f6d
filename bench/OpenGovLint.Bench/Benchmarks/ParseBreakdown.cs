using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Replays the steps of <see cref="ReportParser.Parse(SourceText)"/> one by one, timing each: Markdown structure,
/// line scan, heading detection, table reading, title, period, suppressions. The steps are internal to Core, which
/// lets the benchmark see them (InternalsVisibleTo), so each is called directly and timed without overhead of its own.
/// Keep it in step with ReportParser.Parse.
/// </summary>
internal static class ParseBreakdown
{
    /// <summary>Runs the parse steps on <paramref name="text"/>, adding each step's time to <paramref name="time"/>.</summary>
    public static void Run(SourceText text, Func<string, Func<object?>, object?> time)
    {
        var markdown = (MarkdownStructure)time("parse: Markdown structure (Markdig + block walk)", () => MarkdownStructure.Read(text))!;
        var lines = (ScannedLine[])time("parse: line scan", () => LineScanner.Scan(text))!;
        var excluded = new HashSet<int>(markdown.CodeLines);
        excluded.UnionWith(markdown.HtmlLines);
        var sections = (List<Section>)time("parse: headings", () =>
        {
            var found = new List<Section>();
            foreach (var line in lines)
            {
                if (!excluded.Contains(line.Line) && HeadingDetector.TryRead(text, line, markdown.HeadingLines.Contains(line.Line)) is { } section)
                {
                    found.Add(section);
                }
            }

            return found;
        })!;
        var sectionLines = sections.Select(s => s.Line).ToHashSet();
        time("parse: tables (TableReader)", () => TableReader.Read(text, lines, sectionLines, excluded));
        time("parse: title", () => TitleDetector.Find(text, lines, sections.Count > 0 ? sections[0].Line : -1));
        time("parse: statistics period", () => PeriodDetector.Find(text));
        time("parse: suppressions", () => SuppressionScanner.Scan(text));
    }
}
