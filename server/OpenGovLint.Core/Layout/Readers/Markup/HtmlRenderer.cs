using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// Renders a page's elements as text the way they read: block elements on lines of their own, inline elements run
/// together, table rows as lines of tab-separated cells laid on the form's grid. Inside a cell, paragraphs and line
/// breaks join (<c>&lt;p&gt;商业&lt;/p&gt;&lt;p&gt;企业&lt;/p&gt;</c> is the one label 商业企业).
/// </summary>
internal sealed class HtmlRenderer
{
    /// <summary>The widest span a cell may claim: the report's forms are at most 16 columns wide.</summary>
    private const int MaxColumnSpan = 64;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "button",
        "select", "option", "input", "textarea", "video", "audio", "map", "nav",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "tr", "td", "th", "title", "ul", "html",
    };

    private readonly RenderedTextBuilder builder = new();
    private readonly HtmlSourceCursor cursor;
    private readonly Action<char, int, int> append;
    private int cellDepth;

    public HtmlRenderer(string source)
    {
        cursor = new HtmlSourceCursor(source);
        append = (c, start, length) => builder.Append(c, start, length);
    }

    public static bool IsSkipped(string name) => Skipped.Contains(name);

    /// <summary>Renders an element as a block of its own.</summary>
    public void RenderBlock(IElement element)
    {
        builder.EndLine();
        Visit(element);
        builder.EndLine();
    }

    public (string Text, List<SourceRun> Runs) Build() => builder.Build();

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            cursor.Match(text.Data, append);
            return;
        }

        if (node is not IElement element)
        {
            return;
        }

        if (element.SourceReference is { } reference)
        {
            cursor.MoveTo(reference.Position.Position);
        }

        string name = element.LocalName;
        if (IsSkipped(name) || IsChrome(element))
        {
            return;
        }

        if (name == "table" && cellDepth == 0 && element is IHtmlTableElement table)
        {
            RenderTable(table);
            return;
        }

        if (name == "br")
        {
            Break();
            return;
        }

        bool block = Blocks.Contains(name);
        if (block)
        {
            Break();
        }

        VisitChildren(element);
        if (block)
        {
            Break();
        }
    }

    private void VisitChildren(INode node)
    {
        // By index: the parser's NextSibling searches the parent's children, which is quadratic on a long page.
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            Visit(children[i]);
        }
    }

    private void Break()
    {
        if (cellDepth > 0)
        {
            builder.SoftBreak(cursor.Position);
        }
        else
        {
            builder.EndLine();
        }
    }

    /// <summary>
    /// Lays the table's cells on its grid (row and column spans resolved as HTML defines them), then writes each row: the
    /// slots up to the row's last cell of its own, a slot covered by a span from another row or column as an empty cell.
    /// </summary>
    private void RenderTable(IHtmlTableElement table)
    {
        var rows = table.Rows.ToArray();
        var grid = HtmlTableGrid.Build(rows, MaxColumnSpan);
        builder.EndLine();
        for (int r = 0; r < rows.Length; r++)
        {
            var slots = grid[r];
            int last = Array.FindLastIndex(slots, s => s.Origin);
            for (int c = 0; c <= last; c++)
            {
                if (c > 0)
                {
                    builder.EndCell(cursor.Position);
                }

                if (slots[c].Origin && slots[c].Cell is { } cell)
                {
                    if (cell.SourceReference is { } reference)
                    {
                        cursor.MoveTo(reference.Position.Position);
                    }

                    cellDepth++;
                    VisitChildren(cell);
                    cellDepth--;
                }
            }

            builder.EndLine();
        }
    }

    /// <summary>Site chrome that can stand inside the report's element: share bars, breadcrumbs.</summary>
    private static bool IsChrome(IElement element)
    {
        string? marks = element.ClassName + " " + element.Id;
        if (marks.Length > 1 && (marks.Contains("share", StringComparison.OrdinalIgnoreCase) || marks.Contains("crumb", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return element.ChildElementCount < 8 && element.TextContent.AsSpan().TrimStart().StartsWith("当前位置", StringComparison.Ordinal);
    }
}

/// <summary>One slot of a table's grid: the cell that covers it, and whether the cell starts there.</summary>
internal readonly record struct GridSlot(IHtmlTableCellElement? Cell, bool Origin);

/// <summary>The HTML table model's slot assignment: each cell takes the first free slot of its row, then its spans.</summary>
internal static class HtmlTableGrid
{
    public static GridSlot[][] Build(IHtmlTableRowElement[] rows, int maxColumnSpan)
    {
        var grid = new List<GridSlot>[rows.Length];
        for (int r = 0; r < rows.Length; r++)
        {
            grid[r] ??= [];
            int column = 0;
            foreach (var cell in rows[r].Cells)
            {
                while (column < grid[r].Count && grid[r][column].Cell is not null)
                {
                    column++;
                }

                int columnSpan = Math.Clamp(cell.ColumnSpan, 1, maxColumnSpan);
                int rowSpan = cell.RowSpan <= 0 ? rows.Length - r : Math.Min(cell.RowSpan, rows.Length - r);
                for (int dr = 0; dr < rowSpan; dr++)
                {
                    var row = grid[r + dr] ??= [];
                    for (int dc = 0; dc < columnSpan; dc++)
                    {
                        while (row.Count <= column + dc)
                        {
                            row.Add(default);
                        }

                        if (row[column + dc].Cell is null)
                        {
                            row[column + dc] = new GridSlot(cell, dr == 0 && dc == 0);
                        }
                    }
                }

                column += columnSpan;
            }
        }

        return grid.Select(r => (r ?? []).ToArray()).ToArray();
    }
}
