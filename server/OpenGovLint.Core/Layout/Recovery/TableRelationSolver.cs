namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// Decides the rows of a table that their own layout and arithmetic leave ambiguous, by the relations between rows
/// (table 3's results total R3.2 and balance R3.3, column by column): a row is determined when it reads the same in
/// every choice of readings, one per row, that satisfies every applicable equation.
/// </summary>
/// <remarks>
/// <para>
/// This is the recovery rule — a reading is taken only when exactly one satisfies every relation that applies — made
/// exact: the solver finds every reading of every row that belongs to at least one satisfying choice, so a row is
/// never given figures that another consistent reading of the table would contradict. A row with several such
/// readings stays undetermined with their number, for the caller to report once and leave out of the sum rules.
/// </para>
/// <para>
/// Which equations apply: one naming a row that was not given, that has no reading, or whose list of readings is
/// incomplete is skipped (an unknown row would make any conclusion a guess). When no choice satisfies the equations
/// that apply — the report has a real arithmetic defect, which the sum rules must still be able to report — or the
/// search runs out of its node budget, the equations decide nothing: a row is determined only when it has exactly
/// one reading of its own (see <see cref="SolveOutcome"/>).
/// </para>
/// <para>
/// The search is a backtracking search with interval pruning over the rows in equations (most constrained first; see
/// <c>ConstraintSearch</c>): one search for a first satisfying choice, then one per reading not yet seen in any, every
/// choice found marking the readings of all rows. Its total work is bounded by the node budget, and its answer
/// depends on nothing but its input.
/// </para>
/// </remarks>
public static class TableRelationSolver
{
    /// <summary>
    /// How many row placements one solve may try in all. A table 3 with a few ambiguous rows needs from tens to a few
    /// thousand; the bound keeps a pathological input (dozens of rows with dozens of readings each) to milliseconds.
    /// </summary>
    public const int DefaultNodeBudget = 100_000;

    /// <summary>Solves the rows <paramref name="rows"/> under <paramref name="equations"/>.</summary>
    /// <param name="rows">The rows, each with its readings; keys must be distinct.</param>
    /// <param name="equations">The column equations, e.g. <see cref="Table3Equations.Create"/>.</param>
    /// <param name="nodeBudget">How many placements the search may try before giving up.</param>
    public static TableSolution Solve(IReadOnlyList<CandidateRow> rows, IReadOnlyList<ColumnEquation> equations, int nodeBudget = DefaultNodeBudget)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(equations);
        ArgumentOutOfRangeException.ThrowIfLessThan(nodeBudget, 1);

        var index = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (int i = 0; i < rows.Count; i++)
        {
            ArgumentNullException.ThrowIfNull(rows[i].Key, nameof(rows));
            ArgumentNullException.ThrowIfNull(rows[i].Candidates, nameof(rows));
            if (!index.TryAdd(rows[i].Key, i))
            {
                throw new ArgumentException($"Row {rows[i].Key} is given twice.", nameof(rows));
            }
        }

        // The applicable equations as terms over variables: the rows they name, numbered as first met.
        int[] variableOf = new int[rows.Count];
        Array.Fill(variableOf, -1);
        var domains = new List<RowCandidates>();
        var applicable = new List<(int Variable, int Column, int Coefficient)[]>(equations.Count);
        var scratch = new List<(int Row, int Column, int Coefficient)>(32);
        for (int e = 0; e < equations.Count; e++)
        {
            if (!CollectTerms(equations[e], rows, index, scratch) || scratch.Count == 0)
            {
                continue;
            }

            var terms = new (int Variable, int Column, int Coefficient)[scratch.Count];
            for (int t = 0; t < terms.Length; t++)
            {
                var (row, column, coefficient) = scratch[t];
                if (variableOf[row] < 0)
                {
                    variableOf[row] = domains.Count;
                    domains.Add(rows[row].Candidates);
                }

                terms[t] = (variableOf[row], column, coefficient);
            }

            applicable.Add(terms);
        }

        var (outcome, supported, nodes) = Search(domains.ToArray(), applicable, nodeBudget);
        var solutions = new RowSolution[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            var candidates = rows[i].Candidates;
            int variable = variableOf[i];
            if (outcome == SolveOutcome.Consistent && variable >= 0)
            {
                bool[] readings = supported![variable];
                int count = 0, last = -1;
                for (int r = 0; r < readings.Length; r++)
                {
                    if (readings[r])
                    {
                        count++;
                        last = r;
                    }
                }

                solutions[i] = new RowSolution(rows[i].Key, candidates, count == 1 ? last : -1, count);
            }
            else
            {
                // A row in no applicable equation, or the equations decide nothing: its own readings only.
                solutions[i] = new RowSolution(rows[i].Key, candidates, candidates.IsUnique ? 0 : -1, candidates.Count);
            }
        }

        return new TableSolution(outcome, solutions, index, nodes);
    }

    /// <summary>
    /// The equation's terms over input rows into <paramref name="terms"/> (right-hand cells with coefficient -1, a
    /// cell on both sides cancelled); false when it names a row that is absent, has no reading, or has an incomplete
    /// list, so that it does not apply.
    /// </summary>
    private static bool CollectTerms(ColumnEquation equation, IReadOnlyList<CandidateRow> rows, Dictionary<string, int> index, List<(int Row, int Column, int Coefficient)> terms)
    {
        terms.Clear();
        if (!Collect(equation.Left, +1) || !Collect(equation.Right, -1))
        {
            return false;
        }

        terms.RemoveAll(static t => t.Coefficient == 0);
        return true;

        bool Collect(IReadOnlyList<CellRef> cells, int sign)
        {
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = cells[i];
                if (!index.TryGetValue(cell.Row, out int row) || rows[row].Candidates is not { Count: > 0, IsComplete: true } candidates)
                {
                    return false;
                }

                if (cell.Column >= candidates.CellCount)
                {
                    throw new ArgumentException($"{equation.Name} names column {cell.Column} of row {cell.Row}, which has {candidates.CellCount} cells.", nameof(equation));
                }

                int existing = -1;
                for (int t = 0; t < terms.Count && existing < 0; t++)
                {
                    if (terms[t].Row == row && terms[t].Column == cell.Column)
                    {
                        existing = t;
                    }
                }

                if (existing >= 0)
                {
                    terms[existing] = (row, cell.Column, terms[existing].Coefficient + sign);
                }
                else
                {
                    terms.Add((row, cell.Column, sign));
                }
            }

            return true;
        }
    }

    /// <summary>The outcome, and for each variable which of its readings belong to some satisfying choice.</summary>
    private static (SolveOutcome Outcome, bool[][]? Supported, int Nodes) Search(RowCandidates[] domains, List<(int Variable, int Column, int Coefficient)[]> equations, int budget)
    {
        if (equations.Count == 0)
        {
            return (SolveOutcome.Consistent, null, 0);
        }

        var search = new ConstraintSearch(domains, equations, budget);
        var supported = new bool[domains.Length][];
        for (int v = 0; v < domains.Length; v++)
        {
            supported[v] = new bool[domains[v].Count];
        }

        if (!search.Find(-1, -1))
        {
            return (search.BudgetExceeded ? SolveOutcome.BudgetExceeded : SolveOutcome.Inconsistent, null, search.Nodes);
        }

        Mark(search.Assignment, supported);
        foreach (int variable in search.Order)
        {
            for (int reading = 0; reading < domains[variable].Count; reading++)
            {
                if (supported[variable][reading])
                {
                    continue;
                }

                if (search.Find(variable, reading))
                {
                    Mark(search.Assignment, supported);
                }
                else if (search.BudgetExceeded)
                {
                    return (SolveOutcome.BudgetExceeded, null, search.Nodes);
                }
            }
        }

        return (SolveOutcome.Consistent, supported, search.Nodes);
    }

    private static void Mark(ReadOnlySpan<int> assignment, bool[][] supported)
    {
        for (int v = 0; v < assignment.Length; v++)
        {
            supported[v][assignment[v]] = true;
        }
    }
}
