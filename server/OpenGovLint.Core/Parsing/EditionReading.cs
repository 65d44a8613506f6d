using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Reads what a report's edition decides (spec §7). A report of 2019 or later has the six parts and the three
/// standard tables, read in its edition's layout (a table 2 block that shows neither edition's columns takes the
/// report's). A report before 2019 has neither: its parts are its own (a 2008-template <c>五、因政府信息公开申请行政复议…</c>
/// is not the 2021 part 四, whatever its wording), what looked like a standard table is its text, and its own statistics
/// appendix is read instead.
/// </summary>
internal static class EditionReading
{
    public static Result Apply(LayoutDocument layout, EditionDecision edition, List<Section> sections, List<TableBlock> tables, List<TextSpan> prose, List<TextSpan> nonProse)
    {
        if (edition.Edition == ReportEdition.Before2019)
        {
            return Before2019(layout.Text, sections, tables, prose, nonProse);
        }

        Table2? table2 = null;
        Table3? table3 = null;
        Table4? table4 = null;
        foreach (var table in tables)
        {
            switch (table.Kind)
            {
                case StandardTable.ActiveDisclosure:
                    table2 = TableInterpreter.ReadTable2(table, edition.Edition);
                    break;
                case StandardTable.Applications:
                    table3 = TableInterpreter.ReadTable3(table);
                    break;
                default:
                    table4 = TableInterpreter.ReadTable4(table);
                    break;
            }
        }

        return new Result(sections, table2, table3, table4, null, prose, nonProse);
    }

    private static Result Before2019(SourceText text, List<Section> sections, List<TableBlock> tables, List<TextSpan> prose, List<TextSpan> nonProse)
    {
        var ownParts = sections.Select(s => s with { Kind = SectionKind.Unknown, Match = TitleMatch.Unknown }).ToList();
        var text2 = new List<TextSpan>(prose);
        text2.AddRange(tables.Select(t => t.Span));
        text2.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var appendix = StatisticsAppendixReader.Read(text);
        if (appendix is null)
        {
            return new Result(ownParts, null, null, null, null, text2, nonProse);
        }

        var outside = new List<TextSpan>(text2.Count + 1);
        foreach (var span in text2)
        {
            if (!span.OverlapsWith(appendix.Span))
            {
                outside.Add(span);
                continue;
            }

            if (span.Start < appendix.Span.Start)
            {
                outside.Add(TextSpan.FromBounds(span.Start, appendix.Span.Start));
            }

            if (span.End > appendix.Span.End)
            {
                outside.Add(TextSpan.FromBounds(appendix.Span.End, span.End));
            }
        }

        var others = new List<TextSpan>(nonProse) { appendix.Span };
        others.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new Result(ownParts, null, null, null, appendix, outside, others);
    }

    /// <summary>The parts, tables, appendix and prose of the report as its edition reads them.</summary>
    public sealed record Result(
        IReadOnlyList<Section> Sections,
        Table2? Table2,
        Table3? Table3,
        Table4? Table4,
        StatisticsAppendix? Appendix,
        IReadOnlyList<TextSpan> Prose,
        IReadOnlyList<TextSpan> NonProse);
}
