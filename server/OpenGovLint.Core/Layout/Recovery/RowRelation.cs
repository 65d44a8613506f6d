using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// The arithmetic inside one table row, as data: how many cells the row has and which cells are sums of which.
/// The splitter and the expander keep only the readings of a damaged row that satisfy it, which is what lets them
/// restore a row at all (spec §8: "the row relations decide most splits"); a row without a relation (table 2) is
/// restored only when its layout leaves a single reading.
/// </summary>
public sealed class RowRelation
{
    private static readonly RowRelation[] SmallNone = Enumerable.Range(0, 17).Select(n => new RowRelation(n, [])).ToArray();

    private readonly RowSum[] sums;

    /// <param name="cellCount">How many cells a full row has.</param>
    /// <param name="sums">The sums that must hold; every index below <paramref name="cellCount"/>.</param>
    public RowRelation(int cellCount, IEnumerable<RowSum> sums)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellCount);
        ArgumentNullException.ThrowIfNull(sums);
        this.sums = sums.ToArray();
        foreach (var sum in this.sums)
        {
            if (sum.LastCell >= cellCount)
            {
                throw new ArgumentOutOfRangeException(nameof(sums), $"A sum names cell {sum.LastCell} of a row of {cellCount} cells.");
            }
        }

        CellCount = cellCount;
        Sums = Array.AsReadOnly(this.sums);
        SumsEndingAt = new RowSum[cellCount][];
        ForcedTotalAt = new RowSum?[cellCount];
        for (int cell = 0; cell < cellCount; cell++)
        {
            SumsEndingAt[cell] = this.sums.Where(s => s.LastCell == cell).ToArray();
            ForcedTotalAt[cell] = this.sums.FirstOrDefault(s => s.TotalComesLast && s.Total == cell);
        }
    }

    /// <summary>A table-3 data row (R3.1): 7 cells, 总计 (index 6) = the six kinds of applicant (0..5).</summary>
    public static RowRelation Table3Row { get; } = new(
        Table3Layout.ColumnCount,
        [new RowSum(Table3Layout.TotalColumn, 0, 1, 2, 3, 4, 5)]);

    /// <summary>
    /// The table-4 row (R4.1): 15 cells in three groups of five, each group's 总计 = its four results
    /// (4 = 0..3, 9 = 5..8, 14 = 10..13).
    /// </summary>
    public static RowRelation Table4Row { get; } = new(
        Table4Layout.ValueCount,
        [new RowSum(4, 0, 1, 2, 3), new RowSum(9, 5, 6, 7, 8), new RowSum(14, 10, 11, 12, 13)]);

    /// <summary>A row of <paramref name="cellCount"/> cells with no arithmetic inside it (table 2's rows).</summary>
    public static RowRelation None(int cellCount) =>
        cellCount >= 0 && cellCount < SmallNone.Length ? SmallNone[cellCount] : new RowRelation(cellCount, []);

    /// <summary>How many cells a full row has.</summary>
    public int CellCount { get; }

    /// <summary>The sums that must hold (read-only: the table relations are shared by every caller).</summary>
    public IReadOnlyList<RowSum> Sums { get; }

    /// <summary>The sums as an array, for the searches' inner loops (no enumerator allocated).</summary>
    internal RowSum[] SumArray => sums;

    /// <summary>For each cell, the sums a left-to-right search can check once it has placed that cell.</summary>
    internal RowSum[][] SumsEndingAt { get; }

    /// <summary>
    /// For each cell, a sum whose total is that cell and comes after all its parts: a left-to-right search knows the
    /// cell's value before it places it.
    /// </summary>
    internal RowSum?[] ForcedTotalAt { get; }

    /// <summary>Whether <paramref name="values"/> is a full row (<see cref="CellCount"/> values) satisfying every sum.</summary>
    public bool Holds(ReadOnlySpan<long> values)
    {
        if (values.Length != CellCount)
        {
            return false;
        }

        foreach (var sum in sums)
        {
            if (!sum.Holds(values))
            {
                return false;
            }
        }

        return true;
    }
}
