using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Turns the cells of a table region into rows. A row starts at a cell whose text is a standard label; the value
/// cells after it, up to the next label, are its values. Where rows are lines (pipe and tab shapes), empty cells
/// inside a row are empty values, and the empties a flattened merge leaves at a row's ends are dropped.
/// </summary>
internal static class TableInterpreter
{
    public static Table2 ReadTable2(TableBlock block)
    {
        var state = new ReadState(block.Shape);
        foreach (var cell in SplitLabelJoiner.Join(block.Cells, TableVocabulary.Table2Rows))
        {
            if (cell.IsEmpty || ValueReader.IsValueLike(cell.Text))
            {
                state.AddSlot(cell);
                continue;
            }

            state.FinishRow();
            string key = TextNormalizer.Key(cell.Text);
            if (TableVocabulary.IsTable2Caption(key))
            {
                var caption = Table2Layout.Blocks.FirstOrDefault(b => b.CaptionKey == key);
                if (caption is null)
                {
                    state.Legacy.Add(Label(cell, cell.Text, TitleMatch.Unknown));
                }
                else
                {
                    state.Headers.Add(Label(cell, caption.Caption, TitleMatch.Canonical));
                }
            }
            else if (TableVocabulary.IsTable2Legacy(key))
            {
                state.Legacy.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
            else if (TableVocabulary.IsTable2Header(key))
            {
                state.Headers.Add(Label(cell, cell.Text, TitleMatch.Canonical));
            }
            else if (TableVocabulary.Table2Rows.Match(cell.Text) is { } match)
            {
                state.StartRow(match.Row, Label(cell, match.Row.Label, match.Match));
            }
            else
            {
                state.Unknown.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.FinishRow();
        return new Table2(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, state.Rows)
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
            LegacyLabels = state.Legacy,
        };
    }

    public static Table3 ReadTable3(TableBlock block)
    {
        var state = new ReadState(block.Shape);
        foreach (var cell in SplitLabelJoiner.Join(block.Cells, TableVocabulary.Table3Rows))
        {
            if (cell.IsEmpty || ValueReader.IsValueLike(cell.Text))
            {
                state.AddSlot(cell);
                continue;
            }

            string key = TextNormalizer.Key(cell.Text);
            if (TableVocabulary.Table3Rows.Match(cell.Text) is { } match)
            {
                state.FinishRow();
                state.StartRow(match.Row, Label(cell, match.Row.Label, match.Match));
                continue;
            }

            state.FinishRow();
            if (TableVocabulary.IsTable3Note(key))
            {
                state.Headers.Add(Label(cell, Table3Layout.Note, TitleMatch.Canonical));
            }
            else if (TableVocabulary.IsTable3Header(key))
            {
                state.Headers.Add(Label(cell, cell.Text, TitleMatch.Canonical));
            }
            else if (state.Rows.Count == 0)
            {
                // Above the first row a pasted header may be split or merged (商业 / 企业): keep it as a header cell.
                state.Headers.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
            else
            {
                state.Unknown.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.FinishRow();
        return new Table3(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, state.Rows)
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
            LegacyLabels = state.Rows.Where(r => r.Key == Table3Layout.OtherHandling && r.Values.Count > 0).Select(r => r.Label).ToArray(),
        };
    }

    public static Table4 ReadTable4(TableBlock block)
    {
        var state = new ReadState(block.Shape);
        TableCell? firstLabel = null;
        foreach (var cell in block.Cells)
        {
            if (cell.IsEmpty || ValueReader.IsValueLike(cell.Text))
            {
                if (state.HasOpenRow || !cell.IsEmpty)
                {
                    if (!state.HasOpenRow)
                    {
                        var anchor = firstLabel ?? cell;
                        state.StartRow(Table4.DataRowDefinition, new TableLabel(anchor.Text, anchor.Span, anchor.Line, Table4.DataRowDefinition.Label, TitleMatch.Canonical));
                    }

                    state.AddSlot(cell);
                }

                continue;
            }

            firstLabel ??= cell;
            string key = TextNormalizer.Key(cell.Text);
            if (TableVocabulary.IsTable4Header(key))
            {
                state.Headers.Add(Label(cell, cell.Text, TitleMatch.Canonical));
            }
            else
            {
                state.Unknown.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.FinishRow();
        return new Table4(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, state.Rows.FirstOrDefault())
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
        };
    }

    private static TableLabel Label(TableCell cell, string canonical, TitleMatch match) =>
        new(cell.Text, cell.Span, cell.Line, canonical, match);

    /// <summary>The row being read and what has been read so far.</summary>
    private sealed class ReadState
    {
        private readonly TableShape shape;
        private readonly List<TableCell> slots = [];
        private readonly List<TableCell> picked = [];
        private readonly HashSet<string> rowKeys = new(StringComparer.Ordinal);
        private RowDefinition? definition;
        private TableLabel? label;

        public ReadState(TableShape shape)
        {
            this.shape = shape;
        }

        public List<TableRow> Rows { get; } = [];

        public List<TableLabel> Headers { get; } = [];

        public List<TableLabel> Unknown { get; } = [];

        public List<TableLabel> Legacy { get; } = [];

        public List<TableCell> AllCells { get; } = [];

        public bool HasOpenRow => definition is not null;

        public void StartRow(RowDefinition row, TableLabel rowLabel)
        {
            FinishRow();
            definition = row;
            label = rowLabel;
            AllCells.Add(new TableCell(rowLabel.Text, rowLabel.Span, rowLabel.Line));
        }

        public void AddSlot(TableCell cell)
        {
            AllCells.Add(cell);
            if (definition is not null)
            {
                slots.Add(cell);
            }
        }

        public void FinishRow()
        {
            if (definition is null || label is null)
            {
                slots.Clear();
                return;
            }

            var cells = PickValueCells(slots, definition.ValueCount);
            bool allowDecimal = definition.Key == Table2Layout.FeeRowKey;
            var values = new TableValue[cells.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = ValueReader.Read(cells[i], allowDecimal);
            }

            if (rowKeys.Add(definition.Key))
            {
                Rows.Add(new TableRow(definition, label, values));
            }
            else
            {
                Unknown.Add(label with { Match = TitleMatch.Unknown, Canonical = label.Text });
            }

            definition = null;
            label = null;
            slots.Clear();
        }

        // Every cell of every row passes here: plain loops over a reused list, no LINQ.
        private List<TableCell> PickValueCells(List<TableCell> cells, int expected)
        {
            picked.Clear();
            bool linesAreRows = shape is TableShape.PipeTable or TableShape.PipeRowsWithoutDelimiter or TableShape.TabSeparated;
            if (!linesAreRows)
            {
                foreach (var cell in cells)
                {
                    if (!cell.IsEmpty)
                    {
                        picked.Add(cell);
                    }
                }

                return picked;
            }

            // Only the cells on the lines that hold values belong to the row; a line of empties is a merge's residue.
            foreach (var cell in cells)
            {
                if (!cell.IsEmpty || HasValueOnLine(cells, cell.Line))
                {
                    picked.Add(cell);
                }
            }

            int endIndex = picked.Count;
            while (endIndex > 0 && picked[endIndex - 1].IsEmpty)
            {
                endIndex--;
            }

            picked.RemoveRange(endIndex, picked.Count - endIndex);

            // In a real pipe table the cells stand in their columns, so an empty first value is an empty value. In
            // pasted shapes empties next to the label are what a flattened merge leaves: they are not values.
            if (shape == TableShape.PipeTable && picked.Count == expected)
            {
                return picked;
            }

            int startIndex = 0;
            while (startIndex < picked.Count && picked[startIndex].IsEmpty)
            {
                startIndex++;
            }

            // Still not the expected count: the row is malformed (OGL2003) and keeps its inner empties as they are.
            picked.RemoveRange(0, startIndex);
            return picked;
        }

        // Rows hold a handful of lines, so a scan beats a set; cells are in line order, so the scan stops early.
        private static bool HasValueOnLine(List<TableCell> cells, int line)
        {
            foreach (var cell in cells)
            {
                if (cell.Line == line && !cell.IsEmpty)
                {
                    return true;
                }

                if (cell.Line > line)
                {
                    break;
                }
            }

            return false;
        }
    }
}
