namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// One addition inside a table row: the cell at <see cref="Total"/> equals the sum of the cells at
/// <see cref="Parts"/> (indices into the row's cells). Table 3's 总计 (R3.1) and each 总计 of table 4's three groups
/// (R4.1) are of this shape; the recovery algorithms only need the indices, so a relation is data, not code.
/// </summary>
public sealed class RowSum
{
    private readonly int[] parts;

    /// <param name="total">Index of the total cell.</param>
    /// <param name="parts">Indices of the cells that add up to it; at least one, none equal to the total.</param>
    public RowSum(int total, params int[] parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Length == 0)
        {
            throw new ArgumentException("A sum needs at least one part.", nameof(parts));
        }

        foreach (int part in parts)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(part, nameof(parts));
            if (part == total)
            {
                throw new ArgumentException("A cell cannot be a part of its own total.", nameof(parts));
            }
        }

        Total = total;
        this.parts = (int[])parts.Clone();
        LastCell = Math.Max(total, this.parts.Max());
        TotalComesLast = LastCell == total;
    }

    /// <summary>Index of the total cell.</summary>
    public int Total { get; }

    /// <summary>Indices of the cells that add up to the total, in the order given.</summary>
    public ReadOnlySpan<int> Parts => parts;

    /// <summary>The highest index the sum involves: a left-to-right search can check the sum once it has placed it.</summary>
    public int LastCell { get; }

    /// <summary>
    /// Whether the total is to the right of all its parts, as in both official tables: a left-to-right search then
    /// knows the total's value before it places it, and only has to check that the digits (or runs) agree.
    /// </summary>
    public bool TotalComesLast { get; }

    /// <summary>Whether <paramref name="values"/> satisfies the sum (added in 128 bits: no overflow).</summary>
    public bool Holds(ReadOnlySpan<long> values) => values[Total] == PartsSum(values);

    /// <summary>The sum of the parts' values, in 128 bits so that no input overflows it.</summary>
    public Int128 PartsSum(ReadOnlySpan<long> values)
    {
        Int128 sum = 0;
        foreach (int part in parts)
        {
            sum += values[part];
        }

        return sum;
    }
}
