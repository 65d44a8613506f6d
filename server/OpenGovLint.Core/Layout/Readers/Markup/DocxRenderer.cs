using System.Runtime.CompilerServices;
using System.Xml.Linq;
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

    public void RenderBody(XElement body)
    {
        var children = BodyChildren(body);
        int start = ReportStart(children);
        for (int i = 0; i < start; i++)
        {
            // Page furniture above the title (a web page saved as a Word file keeps the site's navigation): not
            // rendered, but its paragraphs still count, so that 第N段 is the paragraph Word shows.
            if (children[i] is XElement element)
            {
                paragraphCount += element.Name == Wml.P ? 1 : element.Descendants(Wml.P).Count();
            }
        }

        for (int i = start; i < children.Length; i++)
        {
            if (children[i] is XElement element)
            {
                RenderBlock(element);
            }
        }
    }

    /// <summary>
    /// The body's children as the title search has always counted them against <see cref="MaxLeadingBlocks"/>:
    /// elements, comments, processing instructions and stray text, but not white space that only lays out the XML —
    /// unless <c>xml:space="preserve"</c> makes it content.
    /// </summary>
    private static XNode[] BodyChildren(XElement body)
    {
        bool preserve = body.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "space")?.Value).FirstOrDefault(v => v is not null) == "preserve";
        return body.Nodes().Where(n => n is not XText text || text is XCData || preserve || !IsXmlWhiteSpace(text.Value)).ToArray();
    }

    private static bool IsXmlWhiteSpace(string value) => value.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;

    /// <summary>
    /// Where the report begins: its title, when lines stand above it that are neither the report's parts nor its
    /// preamble (a site's navigation, a file number, 附件). The title is the first short paragraph naming a
    /// 政府信息公开 report; nothing is skipped when none comes before the first part.
    /// </summary>
    private static int ReportStart(XNode[] children)
    {
        int limit = Math.Min(children.Length, MaxLeadingBlocks);
        for (int i = 0; i < limit; i++)
        {
            if (children[i] is not XElement paragraph || paragraph.Name != Wml.P)
            {
                continue;
            }

            string text = TextNormalizer.Compact(Wml.InnerText(paragraph));
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

    private void RenderBlock(XElement element)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RuntimeHelpers.EnsureSufficientExecutionStack();
        if (element.Name == Wml.P)
        {
            RenderParagraph(element);
        }
        else if (element.Name == Wml.Tbl)
        {
            RenderTable(element);
        }
        else if (element.Name == Wml.Sdt || element.Name == Wml.CustomXml || (element.Name == Wml.SdtContent && element.Parent?.Name == Wml.Sdt))
        {
            // A content control or custom XML around blocks: its blocks are the document's.
            foreach (var child in element.Elements())
            {
                RenderBlock(child);
            }
        }
    }

    private void RenderParagraph(XElement paragraph)
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
        var properties = paragraph.Element(Wml.PPr);
        string? styleId = Wml.Val(properties?.Element(Wml.PStyle));
        var boxes = new List<XElement>();
        if (cellDepth == 0 && HasText(paragraph))
        {
            int? level = Wml.IntVal(properties?.Element(Wml.OutlineLvl)) is int own and < 9 ? own : styles.OutlineLevel(styleId);
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
            foreach (var child in box.Elements())
            {
                RenderBlock(child);
            }
        }
    }

    private string? Ordinal(XElement? properties, string? styleId)
    {
        var own = properties?.Element(Wml.NumPr);
        if (own is not null && Wml.IntVal(own.Element(Wml.NumId)) is int id)
        {
            return numbering.Next(id, Wml.IntVal(own.Element(Wml.Ilvl)) ?? 0);
        }

        return styles.Numbering(styleId) is var (styleNumbering, level) ? numbering.Next(styleNumbering, Wml.IntVal(own?.Element(Wml.Ilvl)) ?? level) : null;
    }

    /// <summary>The paragraph's runs as printed: text in, tracked deletions and field codes out, text boxes set aside.</summary>
    private void Inline(XElement element, List<XElement> boxes)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in element.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "t":
                    string value = Wml.Text(child);
                    for (int i = 0; i < value.Length; i++)
                    {
                        builder.Append(value[i], offset++, 1, location);
                    }

                    break;
                case "tab" when child.Name == Wml.Tab:
                case "ptab":
                    builder.Append(' ', offset, 0, location);
                    break;
                case "br" or "cr" when child.Name == Wml.Br || child.Name == Wml.Cr:
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
                    // mc:AlternateContent is read as written: its mc:Choice (a DrawingML text box) in, its mc:Fallback
                    // (the same box again in VML) out.
                    break;
                default:
                    Inline(child, boxes);
                    break;
            }
        }
    }

    private void RenderTable(XElement table)
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
                        paragraphCount += cell.Elements(Wml.P).Count();
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

    private void RenderCellContent(XElement cell)
    {
        foreach (var child in cell.Elements())
        {
            if (child.Name == Wml.P || child.Name == Wml.Tbl || child.Name == Wml.Sdt || child.Name == Wml.CustomXml)
            {
                RenderBlock(child);
            }
        }
    }

    /// <summary>The table's rows, those inside a content control or custom XML around rows included.</summary>
    private static IEnumerable<XElement> Rows(XElement table) => Within(table, Wml.Tr);

    /// <summary>The row's cells, those inside a content control or custom XML around cells included.</summary>
    private static IEnumerable<XElement> Cells(XElement row) => Within(row, Wml.Tc);

    private static IEnumerable<XElement> Within(XElement parent, XName name)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name == name)
            {
                yield return child;
            }
            else if (child.Name == Wml.Sdt || child.Name == Wml.CustomXml)
            {
                foreach (var inner in child.Descendants(name))
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
    private static DocxSlot[][] Grid(XElement[] rows)
    {
        var grid = new DocxSlot[rows.Length][];
        for (int r = 0; r < rows.Length; r++)
        {
            var slots = new List<DocxSlot>();
            int before = Wml.IntVal(rows[r].Element(Wml.TrPr)?.Element(Wml.GridBefore)) ?? 0;
            for (int i = 0; i < Math.Min(before, MaxColumns); i++)
            {
                slots.Add(default);
            }

            foreach (var cell in Cells(rows[r]))
            {
                var properties = cell.Element(Wml.TcPr);
                int span = Math.Clamp(Wml.IntVal(properties?.Element(Wml.GridSpan)) ?? 1, 1, MaxColumns);
                var merge = properties?.Element(Wml.VMerge);
                bool continues = merge is not null && Wml.Val(merge) != "restart"; // w:vMerge alone, or any other value, continues
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

    private static bool HasText(XElement paragraph)
    {
        foreach (var text in paragraph.Descendants(Wml.T))
        {
            if (!string.IsNullOrWhiteSpace(Wml.Text(text)))
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
internal readonly record struct DocxSlot(XElement? Cell, bool Origin, XElement? Continuation)
{
    /// <summary>The first slot of a vertically merged continuation cell, which holds that cell's own (empty) paragraphs.</summary>
    public bool First { get; init; }
}
