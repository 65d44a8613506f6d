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
        var cells = SignedCellJoiner.Join(Repair(block, TableVocabulary.Table2Rows, out var damage));
        var plan = Table2EditionPlan.Plan(cells, edition);
        var state = new ReadState(block.Shape, damage, plan.Distinct().SelectMany(Table2Layout.RowsOf).ToArray(), cells.Count);
        state.SeeLabels(LabelKeys(cells, i => TableVocabulary.Table2RowsOf(plan[i])));
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
            else if (TableVocabulary.MisspeltTable2Header(key) is { } header)
            {
                state.Headers.Add(Label(cell, header, TitleMatch.Variant));
            }
            else
            {
                state.AddUnknown(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.Complete();
        var rows = RowRestorer.Restore(StandardTable.ActiveDisclosure, block.Shape, block.LinesCollapsed, Table2RunSplitter.Restore(block.Shape, state.Rows));
        return new Table2(block.Shape, block.StartLine, block.EndLine, block.Span, state.AllCells, rows)
        {
            HeaderLabels = state.Headers,
            UnknownLabels = state.Unknown,
            LegacyLabels = state.Legacy,
            Damage = damage,
            UnreadRows = UnreadRows(damage, plan.Distinct().SelectMany(Table2Layout.RowsOf), state, cells),
            OrphanFigures = damage == TableDamage.None ? [] : state.Orphans,
        };
    }

    public static Table3 ReadTable3(TableBlock block)
    {
        var cells = Repair(block, TableVocabulary.Table3Rows, out var damage);

        // Each cell is classified once: a figure, or the row label it matches (every cell is looked at twice below).
        // Most cells are figures: the label matches are kept apart, by cell index, so that a figure costs one flag.
        var isValue = new bool[cells.Count];
        var matches = new Dictionary<int, (RowDefinition Row, TitleMatch Match)>();
        var labelKeys = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            isValue[i] = cell.IsEmpty || ValueReader.IsValueLike(cell.Text);
            if (!isValue[i] && !cell.IsHeader && TableVocabulary.Table3Rows.Match(cell.Text) is { } found)
            {
                matches[i] = found;
                labelKeys.Add(found.Row.Key);
            }
        }

        // （六）其他处理 without its three items is the trial layout's value row: its figures are read, and placed in the
        // standard order, as that row's.
        bool trialOtherHandling = labelKeys.Contains(Table3Layout.OtherHandling) && !labelKeys.Any(k => k.StartsWith(Table3Layout.OtherHandling + ".", StringComparison.Ordinal));
        var state = new ReadState(block.Shape, damage, Table3Layout.RowsOf(trialOtherHandling ? ReportEdition.Trial2019 : ReportEdition.Edition2021).ToArray(), cells.Count);
        state.SeeLabels(labelKeys);
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (isValue[i])
            {
                state.AddSlot(cell);
                continue;
            }

            if (IsHeaderCell(cell))
            {
                state.Headers.Add(Label(cell, cell.Text, TableVocabulary.IsTable3Header(TextNormalizer.Key(cell.Text)) ? TitleMatch.Canonical : TitleMatch.Unknown));
                continue;
            }

            if (matches.TryGetValue(i, out var match))
            {
                var row = trialOtherHandling && match.Row.Key == Table3Layout.OtherHandling ? Table3Layout.TrialOtherHandling : match.Row;
                state.StartRow(row, Label(cell, match.Row.Label, match.Match));
                continue;
            }

            state.FinishRow();
            string key = TextNormalizer.Key(cell.Text);
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
                state.AddUnknown(Label(cell, cell.Text, TitleMatch.Unknown));
            }
        }

        state.Complete();

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
        // A header broken over lines (商业 / 企业) is joined too, but it is a pasted table's common shape (spec §5), not
        // a sign that the table's rows were broken.
        var joined = SplitLabelJoiner.Join(block.Cells, labels, TableVocabulary.HeaderKeys(block.Kind), out bool joinedLabels);
        var repaired = LabelValueSplitter.Split(joined, labels);
        damage = block.Damage | (joinedLabels || !ReferenceEquals(repaired, joined) ? TableDamage.Extracted : TableDamage.None);
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

    /// <summary>The keys of the rows whose labels the cells hold, each cell matched by the labels of its own block's edition.</summary>
    private static IEnumerable<string> LabelKeys(IReadOnlyList<TableCell> cells, Func<int, LabelMatcher> labelsAt)
    {
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (!cell.IsEmpty && !cell.IsHeader && !ValueReader.IsValueLike(cell.Text) && labelsAt(i).Match(cell.Text) is { } match)
            {
                yield return match.Row.Key;
            }
        }
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
        private readonly IReadOnlyList<RowDefinition> order;
        private readonly bool ordered;
        private readonly List<(RowDefinition Definition, TableLabel Label)> pending = [];
        private readonly List<TableCell> slots = [];
        private readonly List<TableCell> picked = [];
        private readonly HashSet<string> rowKeys = new(StringComparer.Ordinal);
        private RowDefinition? definition;
        private TableLabel? label;
        private int lastValued = -1;
        private int orphanLine = -1;
        private TableLabel? lastUnknown;
        private bool unknownSinceValued;
        private HashSet<string> seenLabels = new(StringComparer.Ordinal);

        /// <summary>The rows whose labels the table holds, known before its figures are placed.</summary>
        public void SeeLabels(IEnumerable<string> keys) => seenLabels = keys as HashSet<string> ?? keys.ToHashSet(StringComparer.Ordinal);

        /// <summary>
        /// A reader of one table's rows. In a table that a PDF conversion shredded or a page extraction broke up, labels
        /// can stand apart from their figures (several labels, then several rows of figures): there figures go to the
        /// row the standard order expects next, when that row's label was seen (or a fragment of it stands beside
        /// them), and to no row at all when it was not — never to whichever label came last.
        /// </summary>
        public ReadState(TableShape shape, TableDamage damage = TableDamage.None, IReadOnlyList<RowDefinition>? order = null, int cellCount = 0)
        {
            this.shape = shape;
            AllCells = new List<TableCell>(cellCount);
            this.order = order ?? [];
            ordered = order is not null && (damage & (TableDamage.Shredded | TableDamage.Extracted)) != 0;
        }

        public List<TableRow> Rows { get; } = [];

        public List<TableLabel> Headers { get; } = [];

        public List<TableLabel> Unknown { get; } = [];

        public List<TableLabel> Legacy { get; } = [];

        public List<TableCell> AllCells { get; }

        /// <summary>Figures that belong to no row: a line of them under a complete row, with no label of its own.</summary>
        public List<TableCell> Orphans { get; } = [];

        public bool HasOpenRow => definition is not null;

        public void StartRow(RowDefinition row, TableLabel rowLabel)
        {
            orphanLine = -1;
            if (definition == row && !HasValueSlot())
            {
                return; // the same label again before any figure (a heading above a table that repeats it): one row
            }

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
            if (!ordered || cell.IsEmpty)
            {
                if (definition is not null)
                {
                    slots.Add(cell);
                }

                return;
            }

            if (orphanLine == cell.Line)
            {
                Orphans.Add(cell);
                return;
            }

            if (definition is not null && IsFull(cell))
            {
                FinishRow();
            }

            // Figures beside their label on one line are that label's, and so are the rest of a row already begun.
            if (definition is not null && (HasValueSlot() || LastLine(label!) == cell.Line))
            {
                slots.Add(cell);
                return;
            }

            // Figures on a line of their own: they are the next row's of the standard order. That is the open label's row,
            // or one whose label was seen earlier; when it is neither, they are the open label's only if nothing between
            // (an unread label, another waiting label) could have been the row they belong to.
            var next = NextExpected();
            if (definition is not null && (next == definition || (next is not null && !unknownSinceValued && pending.Count == 0 && !Seen(next))))
            {
                slots.Add(cell);
                return;
            }

            if (definition is not null)
            {
                pending.Add((definition, label!));
                definition = null;
                label = null;
                slots.Clear();
            }

            if (next is not null && TakePending(next))
            {
                slots.Add(cell);
                return;
            }

            if (next is not null && lastUnknown is { } unknown && unknown.Line == cell.Line && IsFragmentOf(unknown.Text, next))
            {
                // 行政机关不再处理其政府信息公 | 40 | 1 | …: a broken label beside the figures of the row expected here.
                Unknown.Remove(unknown);
                lastUnknown = null;
                definition = next;
                label = unknown with { Canonical = next.Label, Match = TitleMatch.Variant };
                slots.Add(cell);
                return;
            }

            orphanLine = cell.Line;
            Orphans.Add(cell);
        }

        public void AddUnknown(TableLabel unknown)
        {
            FinishRow();
            Unknown.Add(unknown);
            lastUnknown = unknown;
            unknownSinceValued = true;
        }

        /// <summary>True when the row's label stands anywhere in the table (read as a label).</summary>
        private bool Seen(RowDefinition row) => seenLabels.Contains(row.Key);

        /// <summary>Ends the table: the open row, and the labels whose figures never came (they stay rows without figures).</summary>
        public void Complete()
        {
            FinishRow();
            pending.Sort((a, b) => a.Label.Span.Start.CompareTo(b.Label.Span.Start));
            foreach (var (row, rowLabel) in pending)
            {
                if (rowKeys.Add(row.Key))
                {
                    Rows.Add(new TableRow(row, rowLabel, []));
                }
            }

            pending.Clear();
        }

        private static int LastLine(TableLabel label) => label.Line + CountLineBreaks(label.Text);

        private static int CountLineBreaks(string text) => text.Count(c => c == '\n');

        private bool HasValueSlot()
        {
            foreach (var slot in slots)
            {
                if (!slot.IsEmpty)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The open row holds all its figures, and <paramref name="cell"/> starts another row (in a pipe table, another line).</summary>
        private bool IsFull(TableCell cell)
        {
            int count = 0;
            int firstLine = -1;
            foreach (var slot in slots)
            {
                if (!slot.IsEmpty)
                {
                    count++;
                    firstLine = firstLine < 0 ? slot.Line : firstLine;
                }
            }

            // One cell per line, a row runs to the next label: its figures may be more than its columns (a figure broken
            // over two lines), and only the relations can tell. Where lines are rows, a new line starts a new row.
            bool linesAreRows = shape is TableShape.PipeTable or TableShape.PipeRowsWithoutDelimiter or TableShape.TabSeparated;
            if (!linesAreRows)
            {
                return false;
            }

            // A group row has no figures of its own, but the 2019 trial （六）其他处理 is one row of seven.
            int expected = definition?.ValueCount is > 0 ? definition.ValueCount
                : definition?.Key == Table3Layout.OtherHandling ? Table3Layout.ColumnCount
                : int.MaxValue;
            return definition is not null && count >= expected && cell.Line != firstLine;
        }

        /// <summary>The first data row of the standard order after the last row that got figures, not read yet.</summary>
        private RowDefinition? NextExpected()
        {
            for (int i = lastValued + 1; i < order.Count; i++)
            {
                var candidate = order[i];
                if (!candidate.IsGroup && candidate.ValueCount > 0 && !rowKeys.Contains(candidate.Key))
                {
                    return candidate;
                }
            }

            return null;
        }

        private bool TakePending(RowDefinition row)
        {
            for (int i = 0; i < pending.Count; i++)
            {
                if (pending[i].Definition == row)
                {
                    definition = row;
                    label = pending[i].Label;
                    pending.RemoveAt(i);
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when a broken label is a long enough piece of the row's label to name it.</summary>
        private static bool IsFragmentOf(string text, RowDefinition row)
        {
            const int MinFragment = 6;
            string key = TextNormalizer.Key(text);
            return key.Length >= MinFragment && row.LabelKey.Contains(key, StringComparison.Ordinal);
        }

        public void FinishRow()
        {
            if (definition is null || label is null)
            {
                slots.Clear();
                return;
            }

            if (ordered && definition is { IsGroup: false, ValueCount: > 0 } && !HasValueSlot())
            {
                // A label with no figures yet: its figures may come after the labels that follow it.
                pending.Add((definition, label));
                definition = null;
                label = null;
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
                if (values.Length > 0 && order.Count > 0)
                {
                    lastValued = Math.Max(lastValued, IndexOf(definition));
                    unknownSinceValued = false;
                }
            }
            else
            {
                Unknown.Add(label with { Match = TitleMatch.Unknown, Canonical = label.Text });
            }

            definition = null;
            label = null;
            slots.Clear();
        }

        private int IndexOf(RowDefinition row)
        {
            for (int i = 0; i < order.Count; i++)
            {
                if (order[i] == row)
                {
                    return i;
                }
            }

            return -1;
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

            // In a real pipe table a row left blank (its figures not filled in yet, as a new draft's are) is its blank
            // cells: empty values, each pointed out (OGL2007), not a row without values.
            if (shape == TableShape.PipeTable && expected > 0 && label is not null && !HasValueSlot())
            {
                foreach (var cell in cells)
                {
                    if (cell.Line == label.Line)
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
