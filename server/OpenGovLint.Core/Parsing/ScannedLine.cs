using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>How a source line looks to the table reader.</summary>
internal enum LineKind
{
    Blank,

    /// <summary>A GFM delimiter row (<c>| --- | :-: |</c>).</summary>
    Delimiter,

    /// <summary>A line with pipe-separated cells, including one cell followed by " |".</summary>
    PipeRow,

    /// <summary>A line with tab-separated cells.</summary>
    TabRow,

    /// <summary>Any other line: a single cell or prose.</summary>
    Text,
}

/// <summary>A line of the document, split into cells the way its shape suggests.</summary>
internal sealed class ScannedLine
{
    public ScannedLine(int line, TextSpan span, LineKind kind, IReadOnlyList<TableCell> cells, bool endsWithPipe)
    {
        Line = line;
        Span = span;
        Kind = kind;
        Cells = cells;
        EndsWithPipe = endsWithPipe;
    }

    public int Line { get; }

    public TextSpan Span { get; }

    public LineKind Kind { get; }

    public IReadOnlyList<TableCell> Cells { get; }

    public bool EndsWithPipe { get; }

    public int NonEmptyCellCount => Cells.Count(c => !c.IsEmpty);

    /// <summary>The trimmed text of a single-cell line.</summary>
    public string Text => Cells.Count > 0 ? Cells[0].Text : string.Empty;
}
