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

    /// <summary>A page number or footer that a PDF or print layout left in the text (<c>— 4 —</c>, <c>第 3 页</c>).</summary>
    PageFooter,
}

/// <summary>A line of the document, split into cells the way its shape suggests.</summary>
internal sealed class ScannedLine
{
    private readonly SourceText? source;
    private TableCell[]? cells;

    public ScannedLine(int line, TextSpan span, LineKind kind, TableCell[] cells, bool endsWithPipe)
    {
        Line = line;
        Span = span;
        Kind = kind;
        this.cells = cells;
        EndsWithPipe = endsWithPipe;
        ContentSpan = cells.Length > 0 ? TextSpan.FromBounds(cells[0].Span.Start, cells[^1].Span.End) : new TextSpan(span.Start, 0);
    }

    /// <summary>
    /// A <see cref="LineKind.Text"/> line whose one cell is <paramref name="content"/>. Its text is copied out of the
    /// document only when asked for: most lines are prose that the table and heading readers pass over by their length
    /// or first characters.
    /// </summary>
    public ScannedLine(int line, TextSpan span, TextSpan content, SourceText source)
    {
        Line = line;
        Span = span;
        Kind = LineKind.Text;
        ContentSpan = content;
        this.source = source;
    }

    public int Line { get; }

    public TextSpan Span { get; }

    public LineKind Kind { get; }

    /// <summary>An array, not a list interface: every line's cells are read on the parse's hottest loops.</summary>
    public TableCell[] Cells => cells ??= [new TableCell(LineScanner.CellText(source!.Text, ContentSpan.Start, ContentSpan.Length), ContentSpan, Line)];

    public bool EndsWithPipe { get; }

    /// <summary>From the start of the first cell to the end of the last: the trimmed text of a single-cell line.</summary>
    public TextSpan ContentSpan { get; }

    public int NonEmptyCellCount
    {
        get
        {
            int count = 0;
            var all = Cells;
            for (int i = 0; i < all.Length; i++)
            {
                count += all[i].IsEmpty ? 0 : 1;
            }

            return count;
        }
    }

    /// <summary>The trimmed text of a single-cell line.</summary>
    public string Text => Cells.Length > 0 ? Cells[0].Text : string.Empty;
}
