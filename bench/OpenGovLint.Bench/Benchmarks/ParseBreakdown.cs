using System.Collections;
using System.Diagnostics;
using System.Reflection;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Replays the steps of <see cref="ReportParser.Parse(SourceText)"/> one by one, timing each: Markdown structure,
/// line scan, heading detection, table reading, title, period, suppressions. The steps are internal to Core, so they
/// are called through reflection; if Core's shape changes, <see cref="Create"/> returns null and the profile goes on
/// without this breakdown.
/// </summary>
internal sealed class ParseBreakdown
{
    private const BindingFlags Static = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    private readonly MethodInfo markdownRead;
    private readonly MethodInfo lineScan;
    private readonly MethodInfo headingRead;
    private readonly MethodInfo tableRead;
    private readonly MethodInfo titleFind;

    private ParseBreakdown(MethodInfo markdownRead, MethodInfo lineScan, MethodInfo headingRead, MethodInfo tableRead, MethodInfo titleFind)
    {
        this.markdownRead = markdownRead;
        this.lineScan = lineScan;
        this.headingRead = headingRead;
        this.tableRead = tableRead;
        this.titleFind = titleFind;
    }

    public static ParseBreakdown? Create()
    {
        var assembly = typeof(ReportParser).Assembly;
        MethodInfo? Find(string type, string method) => assembly.GetType("OpenGovLint.Core.Parsing." + type)?.GetMethod(method, Static);
        return Find("MarkdownStructure", "Read") is { } m && Find("LineScanner", "Scan") is { } l && Find("HeadingDetector", "TryRead") is { } h
            && Find("TableReader", "Read") is { } t && Find("TitleDetector", "Find") is { } ti
            ? new ParseBreakdown(m, l, h, t, ti)
            : null;
    }

    /// <summary>Runs the parse steps on <paramref name="text"/>, adding each step's time to <paramref name="time"/>.</summary>
    public void Run(SourceText text, Func<string, Func<object?>, object?> time)
    {
        object markdown = time("parse: Markdown structure (Markdig + block walk)", () => markdownRead.Invoke(null, [text]))!;
        var lines = (Array)time("parse: line scan", () => lineScan.Invoke(null, [text]))!;
        var excluded = new HashSet<int>(Lines(markdown, "CodeLines"));
        excluded.UnionWith(Lines(markdown, "HtmlLines"));
        var headingLines = Lines(markdown, "HeadingLines").ToHashSet();
        var sections = (List<Section>)time("parse: headings", () =>
        {
            var found = new List<Section>();
            var lineNumber = lines.GetType().GetElementType()!.GetProperty("Line")!;
            foreach (object? line in lines)
            {
                int number = (int)lineNumber.GetValue(line)!;
                if (!excluded.Contains(number) && headingRead.Invoke(null, [text, line, headingLines.Contains(number)]) is Section section)
                {
                    found.Add(section);
                }
            }

            return found;
        })!;
        var sectionLines = sections.Select(s => s.Line).ToHashSet();
        time("parse: tables (TableReader)", () => tableRead.Invoke(null, [text, lines, sectionLines, excluded]));
        time("parse: title", () => titleFind.Invoke(null, [text, lines, sections.Count > 0 ? sections[0].Line : -1]));
        time("parse: statistics period", () => PeriodDetectorFind(text));
        time("parse: suppressions", () => SuppressionScannerScan(text));
    }

    private static IEnumerable<int> Lines(object markdown, string property) =>
        ((IEnumerable)markdown.GetType().GetProperty(property)!.GetValue(markdown)!).Cast<int>();

    private static object? PeriodDetectorFind(SourceText text) =>
        typeof(ReportParser).Assembly.GetType("OpenGovLint.Core.Parsing.PeriodDetector")?.GetMethod("Find", Static)?.Invoke(null, [text]);

    private static object? SuppressionScannerScan(SourceText text) =>
        typeof(ReportParser).Assembly.GetType("OpenGovLint.Core.Parsing.SuppressionScanner")?.GetMethod("Scan", Static)?.Invoke(null, [text]);
}
