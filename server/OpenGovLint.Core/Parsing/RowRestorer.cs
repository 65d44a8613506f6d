using OpenGovLint.Core.Layout.Recovery;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Restores the rows of a table whose layout ran its figures together (flattened web text) or dropped repeated lines
/// (collapsed cells), by the table's relations (spec §8): each damaged row gets every reading its own arithmetic allows,
/// and table 3's column relations (R3.2, R3.3) choose among them. A reading is taken only when it is the one every
/// solution agrees on; otherwise the row is left unresolved, with its cells as read, and stays out of the sums.
/// </summary>
internal static class RowRestorer
{
    /// <summary>Cells a row may have too many, when figures broken over lines are joined again.</summary>
    private const int MaxBrokenFigures = 3;

    public static List<TableRow> Restore(StandardTable kind, TableShape shape, bool collapsed, List<TableRow> rows)
    {
        bool cellPerLine = shape is TableShape.CellPerLine or TableShape.CellPerLineWithPipe;
        if (shape != TableShape.RunTogether && !collapsed && !cellPerLine)
        {
            return rows;
        }

        var candidates = new List<CandidateRow>(rows.Count);
        var pending = new Dictionary<string, RowReading>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            int expected = ExpectedCount(row);
            if (expected <= 1 || row.Reading != RowReading.AsWritten)
            {
                continue; // no figures or one (read as written, a fee with decimals too), or a reading already settled
            }

            var relation = Relation(kind, expected);
            if (AsWritten(row, expected) is { } written)
            {
                candidates.Add(new CandidateRow(row.Key, RowCandidates.Read(written)));
            }
            else if (shape == TableShape.RunTogether && row.Values.Count == 1 && row.Values[0].Kind != ValueKind.Empty)
            {
                // Spaces are not read as separators: stray ones fall inside figures, and a split they suggest is
                // only one of those the relations allow.
                candidates.Add(new CandidateRow(row.Key, DigitRunSplitter.Split(row.Values[0].Text, relation)));
                pending[row.Key] = RowReading.Split;
            }
            else if (collapsed && row.Values.Count < expected && Observed(row) is { } observed)
            {
                candidates.Add(new CandidateRow(row.Key, CollapsedRunExpander.Expand(observed, relation)));
                pending[row.Key] = RowReading.Expanded;
            }
            else if (cellPerLine && row.Values.Count > expected && row.Values.Count - expected <= MaxBrokenFigures && Joinings(row, expected, relation) is { } joinings)
            {
                candidates.Add(new CandidateRow(row.Key, joinings));
                pending[row.Key] = RowReading.Joined;
            }
        }

        if (pending.Count == 0)
        {
            return rows;
        }

        var equations = kind == StandardTable.Applications
            ? Table3Equations.Create(otherHandlingIsOneRow: rows.Any(r => r.Key == Table3Layout.OtherHandling && r.Values.Count > 0))
            : [];
        var solution = TableRelationSolver.Solve(candidates, equations);
        var restored = new List<TableRow>(rows.Count);
        foreach (var row in rows)
        {
            if (!pending.TryGetValue(row.Key, out var reading) || !solution.TryGetRow(row.Key, out var solved))
            {
                restored.Add(row);
            }
            else if (solved.IsDetermined)
            {
                var values = reading switch
                {
                    RowReading.Split => SplitValues(row.Values[0], solved.Values),
                    RowReading.Joined => JoinedValues(row.Values, solved.Values),
                    _ => ExpandedValues(row.Values, solved.Values),
                };
                restored.Add(new TableRow(row.Definition, row.Label, values) { Reading = reading });
            }
            else
            {
                restored.Add(new TableRow(row.Definition, row.Label, row.Values) { Reading = RowReading.Unresolved, Readings = solved.Readings });
            }
        }

        return restored;
    }

    /// <summary>
    /// The figures a row holds: its definition's count, and seven for a 2019 trial （六）其他处理 written as one row of
    /// figures (a group row in the 2021 layout).
    /// </summary>
    private static int ExpectedCount(TableRow row) =>
        row.Definition.ValueCount > 0 ? row.Definition.ValueCount
        : row.Key == Table3Layout.OtherHandling && row.Values.Count > 0 ? Table3Layout.ColumnCount
        : 0;

    private static RowRelation Relation(StandardTable kind, int cells) => kind switch
    {
        StandardTable.Applications when cells == Table3Layout.ColumnCount => RowRelation.Table3Row,
        StandardTable.ReviewLitigation when cells == Table4Layout.ValueCount => RowRelation.Table4Row,
        _ => RowRelation.None(cells),
    };

    /// <summary>The row's figures when every cell was read as a whole number, in the expected count.</summary>
    private static long[]? AsWritten(TableRow row, int expected)
    {
        if (row.Values.Count != expected)
        {
            return null;
        }

        var values = new long[row.Values.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (row.Values[i] is not { HasNumber: true, Number: { } number } || number != decimal.Truncate(number) || number > long.MaxValue)
            {
                return null;
            }

            values[i] = (long)number;
        }

        return values;
    }

    /// <summary>The figures read from a collapsed row's cells, when each is a whole number.</summary>
    private static long[]? Observed(TableRow row)
    {
        var values = new long[row.Values.Count];
        for (int i = 0; i < values.Length; i++)
        {
            if (row.Values[i] is not { HasNumber: true, Number: { } number } || number != decimal.Truncate(number) || number > long.MaxValue)
            {
                return null;
            }

            values[i] = (long)number;
        }

        return values.Length > 0 ? values : null;
    }

    /// <summary>
    /// Every way to join adjacent cells of a row into <paramref name="expected"/> figures that its relation allows: each
    /// figure is one cell or the digits of consecutive cells on consecutive lines, and a joined figure never starts with 0.
    /// </summary>
    private static RowCandidates? Joinings(TableRow row, int expected, RowRelation relation)
    {
        var cells = row.Values;
        foreach (var value in cells)
        {
            if (value is not { HasNumber: true, Number: { } n } || n != decimal.Truncate(n) || n < 0 || value.Text.Length > 12)
            {
                return null;
            }
        }

        var readings = new List<long[]>();
        var current = new long[expected];
        Place(0, 0);
        return RowCandidates.Of(expected, isComplete: true, readings);

        void Place(int figure, int cell)
        {
            if (figure == expected)
            {
                if (cell == cells.Count && relation.Holds(current))
                {
                    readings.Add((long[])current.Clone());
                }

                return;
            }

            // Leave at least one cell for each figure still to place.
            int remaining = expected - figure - 1;
            string digits = string.Empty;
            for (int end = cell; end < cells.Count - remaining; end++)
            {
                if (end > cell && (cells[end].Line != cells[end - 1].Line + 1 || digits.StartsWith('0')))
                {
                    break;
                }

                digits += ((long)cells[end].Number!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (digits.Length > 15)
                {
                    break;
                }

                current[figure] = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
                Place(figure + 1, end + 1);
            }
        }
    }

    /// <summary>Each figure of a joined row: one cell as it was, or the joined cells with the span from the first to the last.</summary>
    private static TableValue[] JoinedValues(IReadOnlyList<TableValue> cells, ReadOnlySpan<long> figures)
    {
        var result = new TableValue[figures.Length];
        int cell = 0;
        for (int i = 0; i < figures.Length; i++)
        {
            var first = cells[cell];
            string digits = ((long)first.Number!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            string target = figures[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            int last = cell;
            while (digits != target && last + 1 < cells.Count)
            {
                last++;
                digits += ((long)cells[last].Number!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            result[i] = last == cell
                ? first
                : new TableValue(digits, TextSpan.FromBounds(first.Span.Start, cells[last].Span.End), first.Line, ValueKind.Number, figures[i], NumberFormatIssue.None);
            cell = last + 1;
        }

        return result;
    }

    /// <summary>Each figure of a split run with the span of its own digits in the source.</summary>
    private static TableValue[] SplitValues(TableValue run, ReadOnlySpan<long> figures)
    {
        var result = new TableValue[figures.Length];
        string text = run.Text;
        int position = 0;
        for (int i = 0; i < figures.Length; i++)
        {
            int digits = figures[i].ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
            while (position < text.Length && !IsDigit(text[position]))
            {
                position++;
            }

            int start = position;
            int taken = 0;
            while (position < text.Length && taken < digits)
            {
                taken += IsDigit(text[position]) ? 1 : 0;
                position++;
            }

            var span = new TextSpan(run.Span.Start + start, position - start);
            result[i] = new TableValue(text[start..position], span, run.Line, ValueKind.Number, figures[i], NumberFormatIssue.None);
        }

        return result;
    }

    /// <summary>Each figure of an expanded row, standing at the cell it was collapsed into.</summary>
    private static TableValue[] ExpandedValues(IReadOnlyList<TableValue> observed, ReadOnlySpan<long> figures)
    {
        var result = new TableValue[figures.Length];
        int cell = 0;
        for (int i = 0; i < figures.Length; i++)
        {
            // Adjacent observed cells differ, so a change of figure is a step to the next observed cell.
            while (cell + 1 < observed.Count && observed[cell].Number != figures[i])
            {
                cell++;
            }

            var source = observed[cell];
            result[i] = source with { Number = figures[i] };
        }

        return result;
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
}
