using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>
/// A table as a reader found it: its cells in reading order (labels and values alike, each with its source span and
/// line), the shape it arrived in, and which standard table it is when the reader could tell. The model builder reads
/// rows from the cells by their labels.
/// </summary>
public sealed class TableBlock : LayoutBlock
{
    public TableBlock(TextSpan span, StandardTable kind, TableShape shape, IReadOnlyList<TableCell> cells, int startLine, int endLine)
        : base(span)
    {
        Kind = kind;
        Shape = shape;
        Cells = cells;
        StartLine = startLine;
        EndLine = endLine;
    }

    public StandardTable Kind { get; }

    public TableShape Shape { get; }

    public IReadOnlyList<TableCell> Cells { get; }

    /// <summary>The first line of the table.</summary>
    public int StartLine { get; }

    /// <summary>The last line of the table (inclusive).</summary>
    public int EndLine { get; }

    /// <summary>
    /// True when the source dropped every line equal to the line before it (spec §8, "repeated lines collapsed"): a run
    /// of equal cells may stand for several cells, and rows with too few values are expanded by the table's relations.
    /// </summary>
    public bool LinesCollapsed { get; init; }

    /// <summary>How the table's layout was damaged, as far as its reader could tell.</summary>
    public TableDamage Damage { get; init; }
}
