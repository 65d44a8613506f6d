using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>
/// Splits the rows of a trial-layout table 2 in flattened web text (spec §8) into their cells. Such a row is its label
/// and one or more runs of figures: <c>行政处罚2648-18538</c> is 上一年项目数量 · 本年增/减 · 处理决定数量 with the sign of the
/// change cutting the run, <c>政府集中采购39573802895.90元</c> a count and an amount. The trial table has no relation inside
/// it, so a row is split only when its cell formats leave one reading: a sign opens a 本年增/减 cell, a decimal point and
/// a unit belong to the amount, a cell that starts with 0 is the single digit 0 (or an amount below 1). Rows of zeros
/// and rows whose signs cut every cell are read; the rest stay unresolved, for OGL2010 to report once.
/// </summary>
internal static class Table2RunSplitter
{
    /// <summary>More readings than this are not counted further: the row is ambiguous either way.</summary>
    private const int Cap = 64;

    private const int MaxCellDigits = 15;

    public static List<TableRow> Restore(TableShape shape, List<TableRow> rows)
    {
        if (shape != TableShape.RunTogether)
        {
            return rows;
        }

        List<TableRow>? restored = null;
        for (int i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Definition.Edition != ReportEdition.Trial2019 || row.Values.Count == 0 || row.Values.Count >= row.Definition.ValueCount || row.Values.Any(v => v.Kind == ValueKind.Empty))
            {
                continue;
            }

            restored ??= [.. rows];
            restored[i] = Split(row);
        }

        return restored ?? rows;
    }

    private static TableRow Split(TableRow row)
    {
        var definition = row.Definition;
        var runs = row.Values.Select(v => Run.Of(v)).ToArray();
        var cuts = new List<int[]>();
        var current = new List<int>();
        Search(runs, definition, 0, 0, current, cuts);
        if (cuts.Count != 1)
        {
            // Runs whose cells are not known keep their figures as read, each in the format its own characters show.
            var asRead = runs.Select(r => r.Whole()).ToArray();
            return new TableRow(definition, row.Label, asRead) { Reading = RowReading.Unresolved, Readings = cuts.Count };
        }

        // cuts[0] holds, per cell, the offset in its run's characters where the cell ends.
        var values = new List<TableValue>();
        int cell = 0;
        for (int r = 0; r < runs.Length; r++)
        {
            int start = 0;
            while (cell < definition.ValueCount && cuts[0][cell] >= 0 && CellRun(cuts[0], cell) == r)
            {
                int end = cuts[0][cell] & 0xFFFF;
                values.Add(runs[r].Cell(start, end, definition.FormatOf(cell)));
                start = end;
                cell++;
            }
        }

        return new TableRow(definition, row.Label, values) { Reading = RowReading.Split };
    }

    // A cut is stored as run index << 16 | end offset.
    private static int CellRun(int[] cut, int cell) => cut[cell] >> 16;

    /// <summary>Places cells [cell..) in runs [run..), from character <paramref name="offset"/> of run <paramref name="run"/>.</summary>
    private static void Search(Run[] runs, RowDefinition definition, int run, int offset, List<int> current, List<int[]> found)
    {
        if (found.Count > Cap)
        {
            return;
        }

        int cell = current.Count;
        if (run == runs.Length)
        {
            if (cell == definition.ValueCount)
            {
                found.Add([.. current]);
            }

            return;
        }

        if (cell == definition.ValueCount)
        {
            return; // figures left over
        }

        var text = runs[run].Text;
        for (int end = offset + 1; end <= text.Length; end++)
        {
            if (!Fits(text, offset, end, definition.FormatOf(cell)))
            {
                continue;
            }

            current.Add((run << 16) | end);
            if (end == text.Length)
            {
                Search(runs, definition, run + 1, 0, current, found);
            }
            else
            {
                Search(runs, definition, run, end, current, found);
            }

            current.RemoveAt(current.Count - 1);
        }
    }

    /// <summary>True when characters [start, end) of a run can be one cell of <paramref name="format"/>.</summary>
    private static bool Fits(string text, int start, int end, CellFormat format)
    {
        var cell = text.AsSpan(start, end - start);
        int sign = cell[0] is '+' or '-' ? 1 : 0;
        if (sign == 1 && format != CellFormat.SignedCount)
        {
            return false;
        }

        var body = cell[sign..];
        int unit = body.EndsWith("万元") ? 2 : body.EndsWith('元') || body.EndsWith('万') ? 1 : 0;
        if (unit > 0)
        {
            // A unit closes its amount, and the amount is the run's last cell.
            if (format != CellFormat.Amount || end != text.Length)
            {
                return false;
            }

            body = body[..^unit];
        }

        int point = body.IndexOf('.');
        if (point >= 0 && (format != CellFormat.Amount || point == 0 || point == body.Length - 1 || body[(point + 1)..].Contains('.')))
        {
            return false;
        }

        var whole = point >= 0 ? body[..point] : body;
        if (whole.Length == 0 || whole.Length > MaxCellDigits || (whole.Length > 1 && whole[0] == '0'))
        {
            return false;
        }

        foreach (char c in body)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A run of figures as read: its characters without blanks (pages put spaces anywhere), and each one's source offset.</summary>
    private sealed class Run
    {
        private Run(TableValue value, string text, int[] offsets)
        {
            Value = value;
            Text = text;
            Offsets = offsets;
        }

        public TableValue Value { get; }

        public string Text { get; }

        public int[] Offsets { get; }

        public static Run Of(TableValue value)
        {
            var text = new System.Text.StringBuilder();
            var offsets = new List<int>();
            for (int i = 0; i < value.Text.Length; i++)
            {
                char c = value.Text[i];
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                text.Append(c switch
                {
                    '−' or '－' => '-',
                    '＋' => '+',
                    '．' => '.',
                    >= '０' and <= '９' => (char)('0' + (c - '０')),
                    _ => c,
                });
                offsets.Add(i);
            }

            return new Run(value, text.ToString(), [.. offsets]);
        }

        /// <summary>The whole run as one value: an amount when it holds a decimal point or a unit, signed when it opens with a sign.</summary>
        public TableValue Whole()
        {
            var format = Text.AsSpan().IndexOfAny(".元万") >= 0 ? CellFormat.Amount : Text.StartsWith('-') || Text.StartsWith('+') ? CellFormat.SignedCount : CellFormat.Count;
            return FormattedValueReader.Read(new TableCell(Value.Text, Value.Span, Value.Line), format) with { FormatIssues = NumberFormatIssue.None };
        }

        /// <summary>Characters [start, end) as one cell, read in its format, with the span of its own characters.</summary>
        public TableValue Cell(int start, int end, CellFormat format)
        {
            int from = Value.Span.Start + Offsets[start];
            int to = Value.Span.Start + Offsets[end - 1] + 1;
            var span = TextSpan.FromBounds(from, to);
            string text = Value.Text[Offsets[start]..(Offsets[end - 1] + 1)];
            var read = FormattedValueReader.Read(new TableCell(text, span, Value.Line), format);
            return read with { FormatIssues = NumberFormatIssue.None };
        }
    }
}
