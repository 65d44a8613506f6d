namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>The <see cref="TableRelationSolver"/>'s answer: the outcome for the table, and one solution per row in input order.</summary>
public sealed class TableSolution
{
    private readonly RowSolution[] rows;
    private readonly Dictionary<string, int> index;

    internal TableSolution(SolveOutcome outcome, RowSolution[] rows, Dictionary<string, int> index, int nodes)
    {
        Outcome = outcome;
        Nodes = nodes;
        this.rows = rows;
        this.index = index;
    }

    /// <summary>Whether the equations could be used, and if not, why.</summary>
    public SolveOutcome Outcome { get; }

    /// <summary>
    /// How many row placements the search tried (0 when no equation applied): how far the table was from the node
    /// budget, for benchmarks and tests.
    /// </summary>
    public int Nodes { get; }

    /// <summary>One solution per input row, in input order.</summary>
    public IReadOnlyList<RowSolution> Rows => rows;

    /// <summary>The solution of the row named <paramref name="key"/>; false when no such row was given.</summary>
    public bool TryGetRow(string key, out RowSolution row)
    {
        if (index.TryGetValue(key, out int i))
        {
            row = rows[i];
            return true;
        }

        row = default;
        return false;
    }
}
