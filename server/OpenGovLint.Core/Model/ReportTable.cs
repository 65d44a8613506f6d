using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>Which of the three standard tables.</summary>
public enum StandardTable
{
    ActiveDisclosure = 2,
    Applications = 3,
    ReviewLitigation = 4,
}

/// <summary>What every standard table keeps: where it was read and in which shape.</summary>
public abstract class ReportTable
{
    protected ReportTable(TableShape shape, int startLine, int endLine, TextSpan span, IReadOnlyList<TableCell> cells, IReadOnlyList<TableRow> rows)
    {
        RowList = rows;
        Shape = shape;
        StartLine = startLine;
        EndLine = endLine;
        Span = span;
        Cells = cells;
    }

    public abstract StandardTable Kind { get; }

    public TableShape Shape { get; }

    /// <summary>The first line of the table.</summary>
    public int StartLine { get; }

    /// <summary>The last line of the table (inclusive).</summary>
    public int EndLine { get; }

    /// <summary>From the table's first character to its last line's end.</summary>
    public TextSpan Span { get; }

    /// <summary>Every cell read, in reading order, empty ones included.</summary>
    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>Header and caption labels that were recognised.</summary>
    public IReadOnlyList<TableLabel> HeaderLabels { get; init; } = [];

    /// <summary>Rows whose label matches no standard label (OGL2009).</summary>
    public IReadOnlyList<TableLabel> UnknownLabels { get; init; } = [];

    /// <summary>Labels of the 2019 trial layout found in the table: its table-2 columns and captions, its single-row （六）.</summary>
    public IReadOnlyList<TableLabel> LegacyLabels { get; init; } = [];

    /// <summary>Which edition's layout the table follows, as its columns and rows show it (spec §7).</summary>
    public virtual TableEdition LayoutEdition => TableEdition.Common;

    /// <summary>How the table's layout was damaged, if it was (spec §8).</summary>
    public TableDamage Damage { get; init; }

    /// <summary>
    /// Rows whose label is in the table's text but that could not be read as rows (a label broken by the layout), in a
    /// damaged table. They are not missing (OGL2004): the table could not be read there (OGL2010).
    /// </summary>
    public IReadOnlyList<RowDefinition> UnreadRows { get; init; } = [];

    /// <summary>Figures that belong to no row a label names: a line of them under a complete row, in a damaged table.</summary>
    public IReadOnlyList<TableCell> OrphanFigures { get; init; } = [];

    /// <summary>The standard rows found, in source order (group rows of table 3 included).</summary>
    public IReadOnlyList<TableRow> RowList { get; }

    public IEnumerable<TableRow> Rows => RowList;

    /// <summary>The row with a standard key (<see cref="RowDefinition.Key"/>), when the table has it.</summary>
    public TableRow? Row(string key)
    {
        // Rules ask for rows by key many times per report; a plain loop over some thirty rows beats a closure and LINQ.
        for (int i = 0; i < RowList.Count; i++)
        {
            if (string.Equals(RowList[i].Key, key, StringComparison.Ordinal))
            {
                return RowList[i];
            }
        }

        return null;
    }
}
