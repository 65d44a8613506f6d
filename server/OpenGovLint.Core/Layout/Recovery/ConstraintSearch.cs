namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// The backtracking search behind <see cref="TableRelationSolver"/>: variables are the rows that take part in an
/// applicable equation, a variable's domain is its list of readings, and each equation is kept as a running sum
/// (left minus right) of the rows placed, with the least and greatest the unplaced rows can still add. A branch ends
/// as soon as zero is out of that range for an equation it touched, which is sound (no satisfying choice is ever cut)
/// and prunes well because the rows read cleanly are placed first and pin most of each sum.
/// </summary>
internal sealed class ConstraintSearch
{
    private readonly RowCandidates[] domains;
    private readonly Term[][] terms;
    private readonly Int128[] initialLeast;
    private readonly Int128[] initialGreatest;
    private readonly Int128[] placed;
    private readonly Int128[] least;
    private readonly Int128[] greatest;
    private readonly int[] order;
    private readonly int[] searchOrder;
    private readonly int[] assignment;
    private readonly int budget;
    private int nodes;

    /// <param name="domains">The readings of each variable (complete lists of at least one).</param>
    /// <param name="equations">Each equation as its terms: variable, column, coefficient (right-hand cells negative).</param>
    /// <param name="budget">How many placements all searches together may try.</param>
    public ConstraintSearch(RowCandidates[] domains, IReadOnlyList<(int Variable, int Column, int Coefficient)[]> equations, int budget)
    {
        this.domains = domains;
        this.budget = budget;
        int equationCount = equations.Count;
        initialLeast = new Int128[equationCount];
        initialGreatest = new Int128[equationCount];
        placed = new Int128[equationCount];
        least = new Int128[equationCount];
        greatest = new Int128[equationCount];

        int[] termCount = new int[domains.Length];
        foreach (var equation in equations)
        {
            foreach (var (variable, _, _) in equation)
            {
                termCount[variable]++;
            }
        }

        terms = new Term[domains.Length][];
        for (int v = 0; v < domains.Length; v++)
        {
            terms[v] = new Term[termCount[v]];
            termCount[v] = 0;
        }

        for (int e = 0; e < equationCount; e++)
        {
            foreach (var (variable, column, coefficient) in equations[e])
            {
                var (min, max) = Range(domains[variable], column, coefficient);
                terms[variable][termCount[variable]++] = new Term(e, column, coefficient, min, max);
                initialLeast[e] += min;
                initialGreatest[e] += max;
            }
        }

        // Most constrained first: rows read cleanly (one reading) pin the sums, then the fewest readings, then the
        // rows in the most equations; the input order breaks the remaining ties, so the search is deterministic.
        order = new int[domains.Length];
        for (int v = 0; v < order.Length; v++)
        {
            order[v] = v;
        }

        Array.Sort(order, (a, b) =>
            domains[a].Count != domains[b].Count ? domains[a].Count.CompareTo(domains[b].Count)
            : terms[a].Length != terms[b].Length ? terms[b].Length.CompareTo(terms[a].Length)
            : a.CompareTo(b));
        searchOrder = new int[order.Length];
        assignment = new int[domains.Length];
    }

    /// <summary>How many placements the searches have tried so far.</summary>
    public int Nodes => nodes;

    /// <summary>Set once the searches together tried more placements than the budget allows.</summary>
    public bool BudgetExceeded { get; private set; }

    /// <summary>The variables in the order the search places them.</summary>
    public ReadOnlySpan<int> Order => order;

    /// <summary>The reading of each variable in the last choice <see cref="Find"/> found.</summary>
    public ReadOnlySpan<int> Assignment => assignment;

    /// <summary>
    /// Looks for a choice of readings satisfying every equation, with <paramref name="fixedVariable"/> (if not -1)
    /// held to reading <paramref name="fixedReading"/>. False when there is none or the budget ran out.
    /// </summary>
    public bool Find(int fixedVariable, int fixedReading)
    {
        if (BudgetExceeded)
        {
            return false;
        }

        Array.Clear(placed);
        Array.Copy(initialLeast, least, least.Length);
        Array.Copy(initialGreatest, greatest, greatest.Length);
        for (int e = 0; e < placed.Length; e++)
        {
            if (least[e] > 0 || greatest[e] < 0)
            {
                return false;
            }
        }

        int next = 0;
        if (fixedVariable >= 0)
        {
            searchOrder[next++] = fixedVariable;
        }

        foreach (int v in order)
        {
            if (v != fixedVariable)
            {
                searchOrder[next++] = v;
            }
        }

        return Descend(0, fixedVariable, fixedReading);
    }

    private bool Descend(int depth, int fixedVariable, int fixedReading)
    {
        if (depth == searchOrder.Length)
        {
            return true;
        }

        int v = searchOrder[depth];
        int first = v == fixedVariable ? fixedReading : 0;
        int last = v == fixedVariable ? fixedReading : domains[v].Count - 1;
        for (int reading = first; reading <= last; reading++)
        {
            if (++nodes > budget)
            {
                BudgetExceeded = true;
                return false;
            }

            bool feasible = Apply(v, reading, +1);
            if (feasible && Descend(depth + 1, fixedVariable, fixedReading))
            {
                assignment[v] = reading;
                return true;
            }

            Apply(v, reading, -1);
            if (BudgetExceeded)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Places (<paramref name="sign"/> +1) or removes (-1) a reading; when placing, whether every equation it touches
    /// can still come to zero.
    /// </summary>
    private bool Apply(int variable, int reading, int sign)
    {
        var cells = domains[variable][reading];
        var variableTerms = terms[variable];
        foreach (var term in variableTerms)
        {
            Int128 value = (Int128)term.Coefficient * cells[term.Column];
            placed[term.Equation] += sign * value;
            least[term.Equation] -= sign * term.Least;
            greatest[term.Equation] -= sign * term.Greatest;
        }

        if (sign < 0)
        {
            return true;
        }

        foreach (var term in variableTerms)
        {
            int e = term.Equation;
            if (placed[e] + least[e] > 0 || placed[e] + greatest[e] < 0)
            {
                return false;
            }
        }

        return true;
    }

    private static (Int128 Least, Int128 Greatest) Range(RowCandidates readings, int column, int coefficient)
    {
        Int128 min = Int128.MaxValue;
        Int128 max = Int128.MinValue;
        for (int i = 0; i < readings.Count; i++)
        {
            Int128 value = (Int128)coefficient * readings[i][column];
            min = Int128.Min(min, value);
            max = Int128.Max(max, value);
        }

        return (min, max);
    }

    private readonly record struct Term(int Equation, int Column, int Coefficient, Int128 Least, Int128 Greatest);
}
