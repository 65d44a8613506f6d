using System.Globalization;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// How many readings of a damaged row satisfy the row's own relation: the oracle that says which rows a rendering
/// leaves determined. It is independent of the product's reader: plain enumeration, stopped as soon as two readings
/// are found (two or more means the text does not say which).
/// </summary>
internal static class Readings
{
    /// <summary>The longest figure a cell of a generated table can hold.</summary>
    private const int MaxDigits = 8;

    /// <summary>Ways to expand a collapsed run (equal neighbours dropped) back to <paramref name="count"/> cells.</summary>
    public static int Expansions(IReadOnlyList<decimal> observed, int count, FigureRelation relation)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var cells = new decimal[count];
        Expand(observed, 0, cells, 0, relation, found);
        return found.Count;
    }

    /// <summary>Ways to split a run of digits (spaces ignored) into <paramref name="count"/> figures; a figure that starts with 0 is 0.</summary>
    public static int Splits(string text, int count, FigureRelation relation)
    {
        string digits = new(text.Where(c => c != ' ').ToArray());
        var found = new HashSet<string>(StringComparer.Ordinal);
        Split(digits, 0, new decimal[count], 0, relation, found);
        return found.Count;
    }

    /// <summary>Ways to join adjacent pieces (a figure broken over two lines) into <paramref name="count"/> figures.</summary>
    public static int Joinings(IReadOnlyList<string> pieces, int count, FigureRelation relation)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        Join(pieces, 0, new decimal[count], 0, relation, found);
        return found.Count;
    }

    /// <summary>The row as an archive that drops a line equal to the one before shows it.</summary>
    public static decimal[] Collapse(IReadOnlyList<decimal> values)
    {
        var observed = new List<decimal>();
        foreach (decimal value in values)
        {
            if (observed.Count == 0 || observed[^1] != value)
            {
                observed.Add(value);
            }
        }

        return observed.ToArray();
    }

    private static void Expand(IReadOnlyList<decimal> observed, int next, decimal[] cells, int filled, FigureRelation relation, HashSet<string> found)
    {
        if (found.Count > 1 || !relation.Holds(cells, filled))
        {
            return;
        }

        if (next == observed.Count)
        {
            if (filled == cells.Length)
            {
                found.Add(Key(cells));
            }

            return;
        }

        // Observed value `next` stands for a run of 1 or more cells; leave at least one cell for each value after it.
        int room = cells.Length - filled - (observed.Count - next - 1);
        for (int run = 1; run <= room; run++)
        {
            for (int i = 0; i < run; i++)
            {
                cells[filled + i] = observed[next];
            }

            Expand(observed, next + 1, cells, filled + run, relation, found);
        }
    }

    private static void Split(string digits, int at, decimal[] cells, int filled, FigureRelation relation, HashSet<string> found)
    {
        if (found.Count > 1 || !relation.Holds(cells, filled))
        {
            return;
        }

        if (filled == cells.Length)
        {
            if (at == digits.Length)
            {
                found.Add(Key(cells));
            }

            return;
        }

        int longest = digits[at] == '0' ? 1 : Math.Min(MaxDigits, digits.Length - at - (cells.Length - filled - 1));
        for (int length = 1; length <= longest && at + length <= digits.Length; length++)
        {
            cells[filled] = decimal.Parse(digits.AsSpan(at, length), CultureInfo.InvariantCulture);
            Split(digits, at + length, cells, filled + 1, relation, found);
        }
    }

    private static void Join(IReadOnlyList<string> pieces, int at, decimal[] cells, int filled, FigureRelation relation, HashSet<string> found)
    {
        if (found.Count > 1 || !relation.Holds(cells, filled))
        {
            return;
        }

        if (filled == cells.Length || at == pieces.Count)
        {
            if (filled == cells.Length && at == pieces.Count)
            {
                found.Add(Key(cells));
            }

            return;
        }

        cells[filled] = decimal.Parse(pieces[at], CultureInfo.InvariantCulture);
        Join(pieces, at + 1, cells, filled + 1, relation, found);
        if (at + 1 < pieces.Count && pieces[at] != "0")
        {
            cells[filled] = decimal.Parse(pieces[at] + pieces[at + 1], CultureInfo.InvariantCulture);
            Join(pieces, at + 2, cells, filled + 1, relation, found);
        }
    }

    private static string Key(decimal[] cells) => string.Join(",", cells.Select(c => c.ToString(CultureInfo.InvariantCulture)));
}
