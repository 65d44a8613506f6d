using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>The report model: everything a rule needs, each part with its source range.</summary>
public sealed class ReportDocument
{
    public ReportDocument(SourceText text)
    {
        Text = text;
    }

    public SourceText Text { get; }

    public ReportTitle? Title { get; init; }

    public StatisticsPeriod? Period { get; init; }

    /// <summary>Top-level parts in source order, standard or not.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The edition the report is checked against, decided by the year it covers (spec §7).</summary>
    public EditionDecision Edition { get; init; } = EditionDecision.Assumed;

    /// <summary>A pre-2019 report's own statistics appendix (指标名称 · 计量单位 · 本年度 · 历年累计), when it has one.</summary>
    public StatisticsAppendix? Appendix { get; init; }

    public Table2? Table2 { get; init; }

    public Table3? Table3 { get; init; }

    public Table4? Table4 { get; init; }

    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>
    /// The report's running text — headings, the title, paragraphs — in source order, without overlaps: everything the
    /// prose rules read. Tables, code blocks, HTML comments and page furniture are not in it.
    /// </summary>
    public IReadOnlyList<TextSpan> ProseSpans { get; init; } = [];

    /// <summary>Text that is neither prose nor table: Markdown code and HTML blocks, page furniture. Sorted.</summary>
    public IReadOnlyList<TextSpan> NonProseSpans { get; init; } = [];

    /// <summary>The layouts the reader recognised in the source.</summary>
    /// <summary>
    /// For a report read from a web page or Word file: where each character of <see cref="Text"/> (the rendered text)
    /// came from in the file. Findings are mapped through it at the edges (CLI outputs, language server); null for text.
    /// </summary>
    public SourceMap? Map { get; init; }

    /// <summary>The format the report was read from.</summary>
    public SourceFormat Format { get; init; } = SourceFormat.Text;

    public SourceLayout Layouts { get; init; } = SourceLayout.Lines;

    public IEnumerable<ReportTable> Tables
    {
        get
        {
            if (Table2 is not null)
            {
                yield return Table2;
            }

            if (Table3 is not null)
            {
                yield return Table3;
            }

            if (Table4 is not null)
            {
                yield return Table4;
            }
        }
    }

    public bool HasAnyStandardTable => Table2 is not null || Table3 is not null || Table4 is not null;

    public Section? FindSection(SectionKind kind) => Sections.FirstOrDefault(s => s.Kind == kind);

    /// <summary>The section a position belongs to (the last heading that starts at or before it).</summary>
    public Section? SectionAt(int position)
    {
        Section? found = null;
        foreach (var section in Sections)
        {
            if (section.HeadingSpan.Start > position)
            {
                break;
            }

            found = section;
        }

        return found;
    }

    /// <summary>The standard table whose span holds <paramref name="position"/>, if any.</summary>
    public ReportTable? TableAt(int position)
    {
        foreach (var table in Tables)
        {
            if (table.Span.Contains(position))
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="position"/> lies inside one of the standard tables.</summary>
    public bool IsInTable(int position) => TableAt(position) is not null;
}
