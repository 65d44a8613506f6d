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

    public static List<TableBlock> Read(SourceText text, ScannedLine[] lines, IReadOnlySet<int> headingLines, IReadOnlySet<int> excludedLines)
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
            var cells = new List<TableCell>();
            foreach (var line in regionLines)
            {
                var lineCells = line.Cells;
                for (int i = 0; i < lineCells.Count; i++)
                {
                    cells.Add(lineCells[i]);
                }
            }

            tables.Add(new TableBlock(span, kind, shape, cells, start, end));
        }

        return tables;
    }

    private static List<(StandardTable Kind, int Start, int End)> FindRegions(ScannedLine[] lines, IReadOnlySet<int> headingLines, IReadOnlySet<int> excludedLines)
    {
        var regions = new List<(StandardTable, int, int)>();
        var found = new HashSet<StandardTable>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (excludedLines.Contains(i) || headingLines.Contains(i))
            {
                continue;
            }

            if (TableVocabulary.AnchorOf(lines[i]) is not { } kind || found.Contains(kind))
            {
                continue;
            }

            int last = i;
            for (int j = i + 1; j < lines.Length; j++)
            {
                var line = lines[j];
                if (line.Kind == LineKind.Blank)
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

    private static bool IsTableLike(ScannedLine line, StandardTable kind)
    {
        if (line.Kind is LineKind.Delimiter or LineKind.PipeRow or LineKind.TabRow)
        {
            return true;
        }

        string text = line.Text;
        if (ValueReader.IsValueLike(text))
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
