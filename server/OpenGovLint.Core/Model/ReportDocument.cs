using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>The report model: everything a rule needs, each part with its source range.</summary>
public sealed class ReportDocument
{
    private readonly Lazy<bool[]> proseLines;

    public ReportDocument(SourceText text)
    {
        Text = text;
        proseLines = new Lazy<bool[]>(ComputeProseLines);
    }

    public SourceText Text { get; }

    public ReportTitle? Title { get; init; }

    public StatisticsPeriod? Period { get; init; }

    /// <summary>Top-level parts in source order, standard or not.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    public Table2? Table2 { get; init; }

    public Table3? Table3 { get; init; }

    public Table4? Table4 { get; init; }

    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];

    /// <summary>Lines that belong to a Markdown code block or HTML comment: prose rules leave them alone.</summary>
    public IReadOnlySet<int> NonProseLines { get; init; } = new HashSet<int>();

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

    /// <summary>The section a line belongs to (the last heading at or above it).</summary>
    public Section? SectionAt(int line) => Sections.LastOrDefault(s => s.Line <= line);

    /// <summary>True when <paramref name="line"/> lies inside one of the standard tables.</summary>
    public bool IsTableLine(int line) => Tables.Any(t => line >= t.StartLine && line <= t.EndLine);

    /// <summary>
    /// True for a line of prose: outside the standard tables, code blocks and HTML comments. Computed once per document,
    /// since every prose rule asks it of every line.
    /// </summary>
    public bool IsProseLine(int line) => line >= 0 && line < Text.LineCount && proseLines.Value[line];

    private bool[] ComputeProseLines()
    {
        var prose = new bool[Text.LineCount];
        Array.Fill(prose, true);
        foreach (var table in Tables)
        {
            for (int line = table.StartLine; line <= table.EndLine && line < prose.Length; line++)
            {
                prose[line] = false;
            }
        }

        foreach (int line in NonProseLines)
        {
            if (line >= 0 && line < prose.Length)
            {
                prose[line] = false;
            }
        }

        return prose;
    }
}
