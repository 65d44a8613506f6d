namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// A linear relation between the rows of a table, in one column: the cells of <see cref="Left"/> add up to the cells
/// of <see cref="Right"/>. Table 3's results total (R3.2) and balance (R3.3) are of this shape, column by column; they
/// are what decides a row whose own arithmetic allows several readings.
/// </summary>
public sealed class ColumnEquation
{
    /// <param name="name">What the equation is, for messages and tests (<c>R3.2 column 3</c>).</param>
    /// <param name="left">Cells on the left of the equals sign.</param>
    /// <param name="right">Cells on the right of the equals sign.</param>
    public ColumnEquation(string name, IEnumerable<CellRef> left, IEnumerable<CellRef> right)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        Name = name;
        CellRef[] leftCells = left.ToArray(), rightCells = right.ToArray();
        foreach (var cell in leftCells.Concat(rightCells))
        {
            ArgumentNullException.ThrowIfNull(cell.Row, nameof(left));
            ArgumentOutOfRangeException.ThrowIfNegative(cell.Column, nameof(left));
        }

        Left = Array.AsReadOnly(leftCells);
        Right = Array.AsReadOnly(rightCells);
    }

    /// <summary>What the equation is, e.g. <c>R3.3 column 6</c>.</summary>
    public string Name { get; }

    /// <summary>Cells on the left of the equals sign (read-only: table 3's equations are shared by every caller).</summary>
    public IReadOnlyList<CellRef> Left { get; }

    /// <summary>Cells on the right of the equals sign.</summary>
    public IReadOnlyList<CellRef> Right { get; }

    public override string ToString() => Name;
}
