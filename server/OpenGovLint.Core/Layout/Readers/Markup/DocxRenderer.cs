using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using TextNormalizer = OpenGovLint.Core.Model.TextNormalizer;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// Renders a Word document's body as the text it prints: paragraphs on lines of their own (headings marked by their
/// outline level), numbering drawn as its visible ordinal, tracked deletions left out and insertions kept, text boxes
/// after the paragraph that anchors them, tables as rows of tab-separated cells on the table's grid. Every character is
/// mapped to its paragraph (counted as Word counts them, table cells included) or its table cell.
/// </summary>
internal sealed class DocxRenderer(DocxNumbering numbering, DocxStyles styles, CancellationToken cancellationToken)
{
    private const int MaxColumns = 64;
    private const int MaxHeadingLevel = 6;

    /// <summary>How far down the title is looked for.</summary>
    private const int MaxLeadingBlocks = 400;

    /// <summary>The longest paragraph taken for a title.</summary>
    private const int MaxTitleLength = 80;

    private readonly RenderedTextBuilder builder = new();
    private readonly List<SourceLocation> locations = [];
    private int paragraphCount;
    private int tableCount;
    private int cellDepth;
    private int location = -1;
    private int offset;

    public void RenderBody(OpenXmlElement body)
    {
        var children = body.ChildElements.ToArray();
        int start = ReportStart(children);
        for (int i = 0; i < start; i++)
        {
            // Page furniture above the title (a web page saved as a Word file keeps the site's navigation): not
            // rendered, but its paragraphs still count, so that 第N段 is the paragraph Word shows.
            paragraphCount += children[i] is Paragraph ? 1 : children[i].Descendants<Paragraph>().Count();
        }

        for (int i = start; i < children.Length; i++)
        {
            RenderBlock(children[i]);
        }
    }

    /// <summary>
    /// Where the report begins: its title, when lines stand above it that are neither the report's parts nor its
    /// preamble (a site's navigation, a file number, 附件). The title is the first short paragraph naming a
    /// 政府信息公开 report; nothing is skipped when none comes before the first part.
    /// </summary>
    private static int ReportStart(OpenXmlElement[] children)
    {
        int limit = Math.Min(children.Length, MaxLeadingBlocks);
        for (int i = 0; i < limit; i++)
        {
            if (children[i] is not Paragraph paragraph)
            {
                continue;
            }

            string text = TextNormalizer.Compact(paragraph.InnerText);
            if (text.Length > 1 && text[1] == '、' && "一二三四五六七".Contains(text[0], StringComparison.Ordinal))
            {
                return 0; // a part before any title: nothing above it is furniture
            }

            if (text.Length <= MaxTitleLength && text.Contains("政府信息公开", StringComparison.Ordinal) && text.Contains("报告", StringComparison.Ordinal) && !text.Contains('《') && !text.EndsWith('。'))
            {
                return i;
            }
        }

        return 0;
    }

    public (string Text, List<SourceRun> Runs, List<SourceLocation> Locations) Build()
    {
        var (text, runs) = builder.Build();
        return (text, runs, locations);
    }

    /// <summary>A document is taken for a report when it names one or holds one of its parts or tables.</summary>
    public bool LooksLikeReport(string text)
    {
        string compact = TextNormalizer.Compact(text);
        return compact.Contains("政府信息公开") && (compact.Contains("报告") || compact.Contains("总体情况") || compact.Contains("本年新收"));
    }

    private void RenderBlock(OpenXmlElement element)
    {
        cancellationToken.ThrowIfCancellationRequested();
        switch (element)
        {
            case Paragraph paragraph:
                RenderParagraph(paragraph);
                break;
            case Table table:
                RenderTable(table);
                break;
            case SdtBlock or CustomXmlBlock or SdtContentBlock:
                foreach (var child in element.ChildElements)
                {
                    RenderBlock(child);
                }

                break;
        }
    }

    private void RenderParagraph(Paragraph paragraph)
    {
        paragraphCount++;
        if (cellDepth == 0)
        {
            location = AddLocation(new SourceLocation(SourceLocationKind.Paragraph, paragraphCount));
            builder.EndLine();
        }
        else
        {
            builder.SoftBreak(0);
        }

        offset = 0;
        var properties = paragraph.ParagraphProperties;
        string? styleId = properties?.ParagraphStyleId?.Val?.Value;
        var boxes = new List<OpenXmlElement>();
        if (cellDepth == 0 && HasText(paragraph))
        {
            int? level = properties?.OutlineLevel?.Val?.Value is int own and < 9 ? own : styles.OutlineLevel(styleId);
            if (level is int heading && heading < MaxHeadingLevel)
            {
                builder.AppendSynthetic(new string('#', heading + 1) + " ", 0, location);
            }
        }

        if (Ordinal(properties, styleId) is { } ordinal && HasText(paragraph))
        {
            builder.AppendSynthetic(ordinal, 0, location);
        }

        Inline(paragraph, boxes);
        if (cellDepth == 0)
        {
            builder.EndLine();
        }

        foreach (var box in boxes)
        {
            foreach (var child in box.ChildElements)
            {
                RenderBlock(child);
            }
        }
    }

    private string? Ordinal(ParagraphProperties? properties, string? styleId)
    {
        var own = properties?.NumberingProperties;
        if (own?.NumberingId?.Val?.Value is int id)
        {
            return numbering.Next(id, own.NumberingLevelReference?.Val?.Value ?? 0);
        }

        return styles.Numbering(styleId) is var (styleNumbering, level) ? numbering.Next(styleNumbering, own?.NumberingLevelReference?.Val?.Value ?? level) : null;
    }

    /// <summary>The paragraph's runs as printed: text in, tracked deletions and field codes out, text boxes set aside.</summary>
    private void Inline(OpenXmlElement element, List<OpenXmlElement> boxes)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child.LocalName)
            {
                case "t":
                    string value = child.InnerText;
                    for (int i = 0; i < value.Length; i++)
                    {
                        builder.Append(value[i], offset++, 1, location);
                    }

                    break;
                case "tab" when child is TabChar:
                case "ptab":
                    builder.Append(' ', offset, 0, location);
                    break;
                case "br" or "cr" when child is Break or CarriageReturn:
                    if (cellDepth > 0)
                    {
                        builder.SoftBreak(offset);
                    }
                    else
                    {
                        builder.EndLine();
                    }

                    break;
                case "noBreakHyphen":
                    builder.Append('-', offset, 0, location);
                    break;
                case "txbxContent":
                    boxes.Add(child);
                    break;
                case "del" or "moveFrom" or "delText" or "delInstrText" or "instrText" or "fldData" or "pPr" or "rPr" or "Fallback" or "sectPr":
                    break;
                default:
                    Inline(child, boxes);
                    break;
            }
        }
    }

    private void RenderTable(Table table)
    {
        if (cellDepth > 0)
        {
            // A table inside a cell: its text joins the cell's.
            foreach (var row in Rows(table))
            {
                foreach (var cell in Cells(row))
                {
                    RenderCellContent(cell);
                }
            }

            return;
        }

        tableCount++;
        var rows = Rows(table).ToArray();
        var grid = Grid(rows);
        builder.EndLine();
        for (int r = 0; r < rows.Length; r++)
        {
            var slots = grid[r];
            int last = Array.FindLastIndex(slots, s => s.Origin);
            for (int c = 0; c < slots.Length; c++)
            {
                if (c <= last && c > 0)
                {
                    builder.EndCell(offset, location);
                }

                if (slots[c].Cell is not { } cell)
                {
                    continue;
                }

                if (!slots[c].Origin)
                {
                    // A vertically merged continuation still holds a paragraph Word counts.
                    if (slots[c].First)
                    {
                        paragraphCount += cell.Elements<Paragraph>().Count();
                    }

                    continue;
                }

                location = AddLocation(new SourceLocation(SourceLocationKind.TableCell, paragraphCount + 1, tableCount, r + 1, c + 1));
                cellDepth++;
                RenderCellContent(cell);
                cellDepth--;
            }

            builder.EndLine();
        }
    }

    private void RenderCellContent(TableCell cell)
    {
        foreach (var child in cell.ChildElements)
        {
            if (child is Paragraph or Table or SdtBlock or CustomXmlBlock)
            {
                RenderBlock(child);
            }
        }
    }

    private static IEnumerable<TableRow> Rows(Table table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow)
            {
                foreach (var inner in child.Descendants<TableRow>())
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TableCell> Cells(TableRow row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell)
            {
                foreach (var inner in child.Descendants<TableCell>())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>
    /// The table's grid: each cell takes <c>w:gridSpan</c> columns after the row's <c>w:gridBefore</c>; a cell whose
    /// <c>w:vMerge</c> continues a merge covers its slots with the cell above.
    /// </summary>
    private static DocxSlot[][] Grid(TableRow[] rows)
    {
        var grid = new DocxSlot[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            var slots = new List<DocxSlot>();
            int before = rows[r].TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            for (int i = 0; i < Math.Min(before, MaxColumns); i++)
            {
                slots.Add(default);
            }

            foreach (var cell in Cells(rows[r]))
            {
                var properties = cell.TableCellProperties;
                int span = Math.Clamp(properties?.GridSpan?.Val?.Value ?? 1, 1, MaxColumns);
                var merge = properties?.VerticalMerge;
                bool continues = merge is not null && merge.Val?.Value != MergedCellValues.Restart;
                int column = slots.Count;
                for (int dc = 0; dc < span && slots.Count < MaxColumns; dc++)
                {
                    var above = r > 0 && column + dc < grid[r - 1].Length ? grid[r - 1][column + dc] : default;
                    slots.Add(continues && above.Cell is not null
                        ? new DocxSlot(above.Cell, false, dc == 0 ? cell : null)
                        : new DocxSlot(cell, dc == 0, null));
                }
            }

            grid[r] = slots.ToArray();
        }

        // A continuation cell counts its own paragraphs: mark where they are (the covered slot's own cell).
        for (int r = 0; r < rows.Length; r++)
        {
            for (int c = 0; c < grid[r].Length; c++)
            {
                if (grid[r][c].Continuation is { } own)
                {
                    grid[r][c] = new DocxSlot(own, false, null) { First = true };
                }
            }
        }

        return grid;
    }

    private static bool HasText(Paragraph paragraph)
    {
        foreach (var text in paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>())
        {
            if (!string.IsNullOrWhiteSpace(text.Text))
            {
                return true;
            }
        }

        return false;
    }

    private int AddLocation(SourceLocation place)
    {
        locations.Add(place);
        return locations.Count - 1;
    }
}

/// <summary>One slot of a Word table's grid: its cell, whether the cell starts there, and a merge continuation's own cell.</summary>
internal readonly record struct DocxSlot(TableCell? Cell, bool Origin, TableCell? Continuation)
{
    /// <summary>The first slot of a vertically merged continuation cell, which holds that cell's own (empty) paragraphs.</summary>
    public bool First { get; init; }
}
