using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Layout.Readers;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Replays the steps of <see cref="ReportParser.Parse(SourceText)"/> one by one, timing each: the line scan, Markdig's
/// block structure, the whole layout stage (headings, table regions, paragraphs, then the archive-header and
/// flattened-text steps), the model built from the blocks, and within it each standard table's reading. The steps are
/// internal to Core, which lets the benchmark see them (InternalsVisibleTo), so each is called directly. Keep it in step
/// with ReportParser.Parse and ReportModelBuilder.Build.
/// </summary>
internal static class ParseBreakdown
{
    /// <summary>Runs the parse steps on <paramref name="text"/>, adding each step's time to <paramref name="time"/>.</summary>
    public static void Run(SourceText text, Func<string, Func<object?>, object?> time)
    {
        var lines = (ScannedLine[])time("parse: line scan", () => LineScanner.Scan(text))!;
        time("parse: Markdown structure (Markdig + block walk)", () => MarkdownStructure.Read(text));

        // The layout stage on the scanned lines: Markdig again, headings, table regions, footers, paragraphs.
        var lineLayout = (LayoutDocument)time("parse: layout, line reader (Markdig, headings, tables, paragraphs)", () => LineReader.Instance.Read(text, lines))!;
        var layout = (LayoutDocument)time("parse: layout, archive header and flattened text steps", () => FlattenedTextReader.Apply(ArchiveHeaderReader.Apply(lineLayout)))!;
        time("parse: model from the blocks (all of it)", () => ReportModelBuilder.Build(layout));

        var tables = layout.Blocks.OfType<TableBlock>().ToList();
        time("parse: model, table 2 read", () => tables.Where(t => t.Kind == Core.Model.StandardTable.ActiveDisclosure).Select(t => TableInterpreter.ReadTable2(t, Core.Model.ReportEdition.Edition2021)).ToList());
        time("parse: model, table 3 read", () => tables.Where(t => t.Kind == Core.Model.StandardTable.Applications).Select(TableInterpreter.ReadTable3).ToList());
        time("parse: model, table 4 read", () => tables.Where(t => t.Kind == Core.Model.StandardTable.ReviewLitigation).Select(TableInterpreter.ReadTable4).ToList());
        var prose = layout.Blocks.Where(b => b is HeadingBlock or ParagraphBlock).Select(b => b.Span).ToList();
        time("parse: statistics period", () => PeriodDetector.Find(text, prose));
        time("parse: suppressions", () => SuppressionScanner.Scan(text));
    }
}
