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
    /// <param name="block">The table's cells as a reader found them.</param>
    /// <param name="edition">The edition of the report's year: the layout of blocks that show neither edition's columns.</param>
    public static Table2 ReadTable2(TableBlock block, ReportEdition edition = ReportEdition.Edition2021)
    {
        var state = new ReadState(block.Shape);
        var cells = SignedCellJoiner.Join(Repair(block, TableVocabulary.Table2Rows, out var damage));
        var plan = Table2EditionPlan.Plan(cells, edition);
        for (int index = 0; index < cells.Count; index++)
        {
            var cell = cells[index];
            if (cell.IsEmpty || ValueReader.IsValueLike(cell.Text))
            {
                state.AddSlot(cell);
                continue;
            }

            string key = TextNormalizer.Key(cell.Text);
            if (IsHeaderCell(cell))
            {
                // A 2019 trial column in the header row is still a trial column.
                (TableVocabulary.IsTable2Legacy(key) ? state.Legacy : state.Headers)
                    .Add(Label(cell, cell.Text, TableVocabulary.IsTable2Header(key) ? TitleMatch.Canonical : TitleMatch.Unknown));
                continue;
            }

            state.FinishRow();
            var rowMatch = TableVocabulary.Table2RowsOf(plan[index]).Match(cell.Text);
            if (plan[index] == ReportEdition.Trial2019 && rowMatch is { } trialRow)
            {
                // A block of the trial layout reads its rows, its own two included, with the trial columns.
                state.StartRow(trialRow.Row, Label(cell, trialRow.Row.Label, trialRow.Match));
            }
            else if (TableVocabulary.IsTable2Caption(key))
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
            else if (rowMatch is { } match)
            {
                state.StartRow(match.Row, Label(cell, match.Row.Label, match.Match));
            }
            else
            {
                state.Unknown.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.FinishRow();
        var rows = RowRestorer.Restore(StandardTable.ActiveDisclosure, block.Shape, block.LinesCollapsed, Table2RunSplitter.Restore(block.Shape, state.Rows));
        return new Table2(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, rows)
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
            LegacyLabels = state.Legacy,
            Damage = damage,
            UnreadRows = UnreadRows(damage, plan.Distinct().SelectMany(e => Table2Layout.BlocksOf(e)).SelectMany(b => b.Rows), state, cells),
            OrphanFigures = damage == TableDamage.None ? [] : state.Orphans,
        };
    }

    public static Table3 ReadTable3(TableBlock block)
    {
        var state = new ReadState(block.Shape);
        var cells = Repair(block, TableVocabulary.Table3Rows, out var damage);
        foreach (var cell in cells)
        {
            if (cell.IsEmpty || ValueReader.IsValueLike(cell.Text))
            {
                state.AddSlot(cell);
                continue;
            }

            string key = TextNormalizer.Key(cell.Text);
            if (IsHeaderCell(cell))
            {
                state.Headers.Add(Label(cell, cell.Text, TableVocabulary.IsTable3Header(key) ? TitleMatch.Canonical : TitleMatch.Unknown));
                continue;
            }

            if (TableVocabulary.Table3Rows.Match(cell.Text) is { } match)
            {
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

        // （六）其他处理 with figures is the trial layout's single value row, not the 2021 layout's group label.
        var read = state.Rows.Select(r => r.Key == Table3Layout.OtherHandling && r.Values.Count > 0 ? new TableRow(Table3Layout.TrialOtherHandling, r.Label, r.Values) : r).ToList();
        var rows = RowRestorer.Restore(StandardTable.Applications, block.Shape, block.LinesCollapsed, read);
        return new Table3(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, rows)
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
            LegacyLabels = state.Rows.Where(r => r.Key == Table3Layout.OtherHandling && r.Values.Count > 0).Select(r => r.Label).ToArray(),
            Damage = damage,
            UnreadRows = UnreadRows(damage, Table3Layout.RowsOf(rows.Any(r => r.Key == Table3Layout.OtherHandling && r.Values.Count > 0) ? ReportEdition.Trial2019 : ReportEdition.Edition2021), state, cells),
            OrphanFigures = damage == TableDamage.None ? [] : state.Orphans,
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
            if (IsHeaderCell(cell))
            {
                state.Headers.Add(Label(cell, cell.Text, TableVocabulary.IsTable4Header(key) ? TitleMatch.Canonical : TitleMatch.Unknown));
            }
            else if (TableVocabulary.IsTable4Header(key))
            {
                state.Headers.Add(Label(cell, cell.Text, TitleMatch.Canonical));
            }
            else
            {
                state.Unknown.Add(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.FinishRow();
        var rows = RowRestorer.Restore(StandardTable.ReviewLitigation, block.Shape, block.LinesCollapsed, state.Rows);
        return new Table4(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, rows.FirstOrDefault())
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
            Damage = block.Damage,
        };
    }

    /// <summary>
    /// The block's cells with labels split over lines joined and a label and its figures on one line split; either
    /// repair shows text extracted from a PDF or a Word-made page.
    /// </summary>
    private static IReadOnlyList<TableCell> Repair(TableBlock block, LabelMatcher labels, out TableDamage damage)
    {
        var repaired = LabelValueSplitter.Split(SplitLabelJoiner.Join(block.Cells, labels), labels);
        damage = block.Damage | (ReferenceEquals(repaired, block.Cells) ? TableDamage.None : TableDamage.Extracted);
        return repaired;
    }

    /// <summary>
    /// In a damaged table, the rows that are not there but whose absence the layout may explain: group rows (they hold no
    /// figures, and a broken layout scatters their labels), and data rows when the table holds text or figures that
    /// could not be read, or the row's label is among its cells. None in an undamaged table: an absent row is missing.
    /// </summary>
    private static IReadOnlyList<RowDefinition> UnreadRows(TableDamage damage, IEnumerable<RowDefinition> definitions, ReadState state, IReadOnlyList<TableCell> cells)
    {
        if (damage == TableDamage.None)
        {
            return [];
        }

        bool unreadable = state.Unknown.Count > 0 || state.Orphans.Count > 0;
        string labels = string.Concat(cells.Where(c => !c.IsEmpty && !ValueReader.IsValueLike(c.Text)).Select(c => TextNormalizer.Key(c.Text)));
        var unread = new List<RowDefinition>();
        foreach (var definition in definitions)
        {
            if (state.Rows.Any(r => r.Key == definition.Key))
            {
                continue;
            }

            if (definition.IsGroup || unreadable || labels.Contains(definition.CoreKey, StringComparison.Ordinal))
            {
                unread.Add(definition);
            }
        }

        return unread;
    }

    /// <summary>A cell that is never a row label: a header row's cell, a table caption, a note.</summary>
    private static bool IsHeaderCell(TableCell cell) =>
        cell.IsHeader || TableVocabulary.IsTableCaption(cell.Text) || TableVocabulary.IsTableNote(cell.Text);

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

        /// <summary>Figures that belong to no row: a line of them under a complete row, with no label of its own.</summary>
        public List<TableCell> Orphans { get; } = [];

        public bool HasOpenRow => definition is not null;

        public void StartRow(RowDefinition row, TableLabel rowLabel)
        {
            FinishRow();

            // A label repeated with no figures in between is one row: a converter puts a row group's label as a heading
            // above a one-row table that repeats it. The first label stands.
            if (Rows.Count > 0 && Rows[^1].Definition == row && Rows[^1].Values.Count == 0 && row.ValueCount > 0)
            {
                rowLabel = Rows[^1].Label;
                Rows.RemoveAt(Rows.Count - 1);
                rowKeys.Remove(row.Key);
            }

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
            var values = new TableValue[cells.Count];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = FormattedValueReader.Read(cells[i], definition.FormatOf(i));
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

            // In a real pipe table a row is a line: when the first line with figures holds the whole row, figures on the
            // lines after it (with no label of their own) are not this row's.
            if (shape == TableShape.PipeTable && FirstValueLine(cells, expected) is int line)
            {
                foreach (var cell in cells)
                {
                    if (cell.Line == line)
                    {
                        picked.Add(cell);
                    }
                    else if (!cell.IsEmpty)
                    {
                        Orphans.Add(cell);
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

        /// <summary>The first line holding a figure, when its cells are exactly the row's count and other lines hold figures too.</summary>
        private static int? FirstValueLine(List<TableCell> cells, int expected)
        {
            int line = -1, count = 0;
            bool others = false;
            foreach (var cell in cells)
            {
                if (line < 0 && !cell.IsEmpty)
                {
                    line = cell.Line;
                }

                if (line >= 0 && cell.Line == line)
                {
                    count++;
                }
                else if (line >= 0 && !cell.IsEmpty)
                {
                    others = true;
                }
            }

            return others && count == expected ? line : null;
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
