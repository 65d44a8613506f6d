using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Reads the three standard tables from the scanned lines, whatever shape they were pasted in (spec §5): it finds each
/// table by an anchor only that table has, takes the table-like lines that follow, and reads rows by their labels.
/// </summary>
internal static class TableReader
{
    private const int MaxCellLineLength = 60;

    public static List<TableBlock> Read(SourceText text, ScannedLine[] lines, HashSet<int> headingLines, HashSet<int> excludedLines)
    {
        var tables = new List<TableBlock>();
        foreach (var (kind, start, end) in FindRegions(lines, headingLines, excludedLines))
        {
            var regionLines = lines.AsSpan(start, end - start + 1);
            var shape = DetectShape(regionLines);
            int first = start;
            while (lines[first].Kind == LineKind.Blank)
            {
                first++;
            }

            var span = TextSpan.FromBounds(lines[first].Span.Start, lines[end].Span.End);
            int cellCount = 0;
            foreach (var line in regionLines)
            {
                cellCount += line.Cells.Length;
            }

            var cells = new List<TableCell>(cellCount);
            for (int index = 0; index < regionLines.Length; index++)
            {
                var lineCells = regionLines[index].Cells;
                bool header = IsHeaderRow(regionLines, index);
                for (int i = 0; i < lineCells.Length; i++)
                {
                    cells.Add(header ? lineCells[i] with { IsHeader = true } : lineCells[i]);
                }
            }

            bool collapsed = shape is TableShape.CellPerLine or TableShape.CellPerLineWithPipe && LooksCollapsed(text, regionLines, lines);
            tables.Add(new TableBlock(span, kind, shape, cells, start, end)
            {
                LinesCollapsed = collapsed,
                Damage = Damage(kind, regionLines) | (collapsed ? TableDamage.CollapsedLines : TableDamage.None),
            });
        }

        return tables;
    }

    private static List<(StandardTable Kind, int Start, int End)> FindRegions(ScannedLine[] lines, HashSet<int> headingLines, HashSet<int> excludedLines)
    {
        var regions = new List<(StandardTable, int, int)>();
        var found = new HashSet<StandardTable>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (excludedLines.Contains(i) || headingLines.Contains(i))
            {
                continue;
            }

            if ((TableVocabulary.AnchorOf(lines[i]) ?? BrokenAnchorOf(lines, i)) is not { } kind || found.Contains(kind))
            {
                continue;
            }

            int last = i;
            for (int j = i + 1; j < lines.Length; j++)
            {
                var line = lines[j];
                if (line.Kind is LineKind.Blank or LineKind.PageFooter)
                {
                    continue;
                }

                if (headingLines.Contains(j) || excludedLines.Contains(j))
                {
                    break;
                }

                if (TableVocabulary.AnchorOf(line) is { } other && other != kind && !found.Contains(other))
                {
                    break;
                }

                if (!IsTableLike(line, kind))
                {
                    break;
                }

                last = j;
            }

            found.Add(kind);
            regions.Add((kind, i, last));
            i = last;
        }

        return regions;
    }

    /// <summary>
    /// True when no line of a cell-per-line table equals the non-blank line before it. A table of figures always repeats
    /// a cell somewhere (a run of zeros); one that never does has lost its repeated lines (spec §8).
    /// </summary>
    private static bool LooksCollapsed(SourceText text, ReadOnlySpan<ScannedLine> lines, ScannedLine[] document)
    {
        const int MinLines = 12;
        const int MinDocumentLines = 60;
        var (repeats, count) = Repeats(text, lines);

        // A small table (table 4 in a few lines) tells little by itself: then the whole document decides.
        return !repeats && (count >= MinLines || Repeats(text, document) is (false, >= MinDocumentLines));
    }

    /// <summary>Whether a non-blank line equals the non-blank line before it, and how many non-blank lines there are.</summary>
    private static (bool Repeats, int Count) Repeats(SourceText text, ReadOnlySpan<ScannedLine> lines)
    {
        int count = 0;
        TextSpan previous = default;
        foreach (var line in lines)
        {
            if (line.Kind is LineKind.Blank or LineKind.PageFooter)
            {
                continue;
            }

            if (count > 0 && text.AsSpan(line.ContentSpan).SequenceEqual(text.AsSpan(previous)))
            {
                return (true, count);
            }

            previous = line.ContentSpan;
            count++;
        }

        return (false, count);
    }

    /// <summary>
    /// What the lines show of a damaged layout: more pipe tables than the canonical layout has (table 2 is four, one per
    /// block; tables 3 and 4 are one each), as a PDF conversion leaves them; page footers.
    /// </summary>
    private static TableDamage Damage(StandardTable kind, ReadOnlySpan<ScannedLine> lines)
    {
        // Table 2 is one pipe table per block: four in the 2021 layout, five in the trial layout (the edition is decided
        // later, from the whole report, so the larger count is allowed here).
        int canonicalTables = kind == StandardTable.ActiveDisclosure ? Math.Max(Table2Layout.BlocksOf(ReportEdition.Edition2021).Count, Table2Layout.BlocksOf(ReportEdition.Trial2019).Count) : 1;
        int delimiters = 0;
        var damage = TableDamage.None;
        foreach (var line in lines)
        {
            delimiters += line.Kind == LineKind.Delimiter ? 1 : 0;
            damage |= line.Kind == LineKind.PageFooter ? TableDamage.Extracted : TableDamage.None;
        }

        return damage | (delimiters > canonicalTables ? TableDamage.Shredded : TableDamage.None);
    }

    /// <summary>
    /// A pipe row right above a delimiter row, holding no figure: a Markdown header row, whatever it says. A converter's
    /// placeholder header (<c>类别 | 数据1 | … | 总计</c>) or a header with the wrong columns is still a header.
    /// </summary>
    private static bool IsHeaderRow(ReadOnlySpan<ScannedLine> lines, int index)
    {
        if (lines[index].Kind != LineKind.PipeRow)
        {
            return false;
        }

        int next = index + 1;
        while (next < lines.Length && lines[next].Kind == LineKind.Blank)
        {
            next++;
        }

        if (next >= lines.Length || lines[next].Kind != LineKind.Delimiter)
        {
            return false;
        }

        foreach (var cell in lines[index].Cells)
        {
            if (!cell.IsEmpty && ValueReader.IsValueLike(cell.Text))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An anchor broken over short lines, as extracted text scatters a table's header: <c>行</c> / <c>政</c> / <c>复</c> / <c>议</c> /
    /// <c>行政</c> / <c>诉讼</c>, <c>第二十条第</c> / <c>（</c> / <c>一</c> / <c>）</c> / <c>项</c>, <c>申请人</c> / <c>情况</c>. The short lines from
    /// <paramref name="index"/> on are joined and searched for a word only one table has.
    /// </summary>
    private static StandardTable? BrokenAnchorOf(ScannedLine[] lines, int index)
    {
        const int MaxPieceLength = 6;
        const int MaxPieces = 12;
        if (lines[index].Kind != LineKind.Text || lines[index].ContentSpan.Length > MaxPieceLength)
        {
            return null;
        }

        // Most short lines (figures, words) begin no anchor: decided by the first piece before anything is joined.
        Span<char> buffer = stackalloc char[MaxPieceLength * 2];
        if (!TextNormalizer.TryWriteKey(lines[index].Text, buffer, out int length) || length == 0 || !BeginsBrokenAnchor(buffer[..length]))
        {
            return null;
        }

        var joined = new System.Text.StringBuilder();
        for (int i = index; i < lines.Length && i < index + MaxPieces; i++)
        {
            if (lines[i].Kind != LineKind.Text || lines[i].ContentSpan.Length > MaxPieceLength)
            {
                break;
            }

            joined.Append(lines[i].Text);
        }

        // The first piece must begin the anchor: a window that only ends in one is found from its own first line.
        string key = TextNormalizer.Key(joined.ToString());
        foreach (var (anchor, kind) in BrokenAnchors)
        {
            if (key.StartsWith(anchor, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    private static bool BeginsBrokenAnchor(ReadOnlySpan<char> key)
    {
        foreach (var (anchor, _) in BrokenAnchors)
        {
            if (anchor.Length > key.Length && anchor.AsSpan().StartsWith(key))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly (string Anchor, StandardTable Kind)[] BrokenAnchors =
    [
        ("第二十条第一项", StandardTable.ActiveDisclosure),
        ("信息内容本年", StandardTable.ActiveDisclosure),
        ("申请人情况", StandardTable.Applications),
        ("本列数据的勾稽关系", StandardTable.Applications),
        ("行政复议行政诉讼", StandardTable.ReviewLitigation),
        ("行政复议结果维持", StandardTable.ReviewLitigation),
        ("结果维持结果纠正", StandardTable.ReviewLitigation),
    ];

    private static bool IsTableLike(ScannedLine line, StandardTable kind)
    {
        if (line.Kind is LineKind.Delimiter or LineKind.PipeRow or LineKind.TabRow)
        {
            return true;
        }

        string text = line.Text;
        if (ValueReader.IsValueLike(text) || TableVocabulary.IsTableNote(text) || TableVocabulary.IsTableCaption(text))
        {
            return true;
        }

        if (kind == StandardTable.Applications && TableVocabulary.Table3Rows.Match(text) is not null)
        {
            return true;
        }

        if (kind == StandardTable.ActiveDisclosure && TableVocabulary.Table2Rows.Match(text) is not null)
        {
            return true;
        }

        if (text.Length > MaxCellLineLength || text.EndsWith('。') || text.Contains('；'))
        {
            return false;
        }

        // A short line that opens a sub-item (（一）…) is prose structure, unless it is one of this table's labels.
        var (style, _, _) = LabelParts.ReadOrdinal(text);
        if (style == LabelParts.OrdinalStyle.ChineseBracketed && kind != StandardTable.Applications)
        {
            return false;
        }

        return text.Length <= 30 || kind == StandardTable.Applications;
    }

    private static TableShape DetectShape(ReadOnlySpan<ScannedLine> lines)
    {
        int pipeRows = 0, pipeCellLines = 0, tabRows = 0, textLines = 0;
        bool delimiter = false;
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            switch (line.Kind)
            {
                case LineKind.Delimiter:
                    delimiter |= i > 0 && lines[i - 1].Kind == LineKind.PipeRow;
                    break;
                case LineKind.PipeRow when line.NonEmptyCellCount <= 1 && line.EndsWithPipe && !line.Span.IsEmpty:
                    pipeCellLines++;
                    break;
                case LineKind.PipeRow:
                    pipeRows++;
                    break;
                case LineKind.TabRow:
                    tabRows++;
                    break;
                case LineKind.Text:
                    textLines++;
                    break;
            }
        }

        if (delimiter)
        {
            return TableShape.PipeTable;
        }

        int max = Math.Max(Math.Max(pipeRows, pipeCellLines), Math.Max(tabRows, textLines));
        if (max == tabRows && tabRows > 0)
        {
            return TableShape.TabSeparated;
        }

        if (max == pipeRows && pipeRows > 0)
        {
            return TableShape.PipeRowsWithoutDelimiter;
        }

        if (max == pipeCellLines && pipeCellLines > 0)
        {
            return TableShape.CellPerLineWithPipe;
        }

        return TableShape.CellPerLine;
    }
}
