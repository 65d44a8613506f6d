using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Support;

/// <summary>
/// The relation a row's own figures must satisfy: groups of cells whose last is the sum of the others (R3.1 for a
/// table-3 row, R4.1's three groups for table 4; none for table 2). Checked on a prefix as it is filled, so that a
/// search can stop early.
/// </summary>
internal sealed class FigureRelation
{
    public static readonly FigureRelation None = new([]);

    public static readonly FigureRelation RowTotal = new([(0, Table3Layout.ColumnCount)]);

    public static readonly FigureRelation GroupTotals = new([(0, 5), (5, 5), (10, 5)]);

    private readonly (int Start, int Length)[] groups;

    private FigureRelation((int Start, int Length)[] groups)
    {
        this.groups = groups;
    }

    /// <summary>The relation of the row with <paramref name="key"/>.</summary>
    public static FigureRelation Of(string key) =>
        key.StartsWith("T3.", StringComparison.Ordinal) ? RowTotal : key.StartsWith("T4.", StringComparison.Ordinal) ? GroupTotals : None;

    /// <summary>True when every group that lies within the first <paramref name="filled"/> cells adds up.</summary>
    public bool Holds(IReadOnlyList<decimal> values, int filled)
    {
        foreach (var (start, length) in groups)
        {
            if (start + length > filled)
            {
                continue;
            }

            decimal sum = 0;
            for (int i = start; i < start + length - 1; i++)
            {
                sum += values[i];
            }

            if (sum != values[start + length - 1])
            {
                return false;
            }
        }

        return true;
    }
}
