namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// Restores a table row from an archive that dropped every line equal to the line before it (spec §8, repeated
/// lines collapsed): with one cell per line, a run of equal adjacent cells arrives as one value, so
/// <c>13 0 0 0 0 0 13</c> reads <c>13 0 13</c> and a row of zeros reads <c>0</c>. <see cref="Expand"/> lists every
/// row that collapses to what was observed and satisfies the row relation.
/// </summary>
/// <remarks>
/// <para>
/// An expansion gives each observed value a run length of at least one, the lengths adding up to the row's cell
/// count. <c>2 1 0 3</c> for table 3 can only be <c>2 1 0 0 0 0 3</c> (the 总计 3 = 2 + 1 leaves no room for a
/// second 2 or 1); <c>0 1 0 1</c> has four expansions that satisfy the row total (the one request may be in any
/// of the four middle columns) and is returned as four readings, to be decided by the column relations or not at all.
/// </para>
/// <para>
/// Adjacent equal observed values: collapsing never leaves two equal neighbours, so such a sequence did not come
/// from this layout, and no row collapses to it: it gets no reading (not the sequence as it stands, which would be
/// a guess about what else happened to it). A sequence as long as the row with distinct neighbours is its own single
/// expansion, provided it satisfies the relation; a caller that read a full row should simply take it as read.
/// </para>
/// <para>
/// Different run lengths place the changes of value at different cells, so the readings are distinct by
/// construction. The work is bounded like <see cref="DigitRunSplitter"/>'s: a cap on the readings and
/// <see cref="NodeBudget"/> placements, after which the list is marked incomplete.
/// </para>
/// </remarks>
public static class CollapsedRunExpander
{
    /// <summary>How many readings are listed before the search gives up and calls the row ambiguous.</summary>
    public const int DefaultCap = DigitRunSplitter.DefaultCap;

    /// <summary>How many run placements one expansion may try; table 4's worst case needs a few thousand.</summary>
    public const int NodeBudget = 100_000;

    private const int StackLimit = 256;

    /// <summary>Every row of <paramref name="relation"/>'s cell count that collapses to <paramref name="observed"/> and satisfies it.</summary>
    /// <param name="observed">The values read, in order, one per surviving line.</param>
    /// <param name="relation">The row's cell count and arithmetic.</param>
    /// <param name="cap">At most this many readings are listed; one more marks the list incomplete.</param>
    public static RowCandidates Expand(ReadOnlySpan<long> observed, RowRelation relation, int cap = DefaultCap)
    {
        ArgumentNullException.ThrowIfNull(relation);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        int cellCount = relation.CellCount;
        if (observed.IsEmpty || observed.Length > cellCount || HasEqualNeighbours(observed))
        {
            return RowCandidates.None(cellCount);
        }

        Span<long> cells = cellCount <= StackLimit ? stackalloc long[cellCount] : new long[cellCount];
        var collector = new CandidateCollector(cellCount, cap);
        var search = new Search(observed, cells, relation, collector);
        search.Place(0, 0);
        return collector.ToCandidates(workExhausted: search.BudgetExceeded);
    }

    private static bool HasEqualNeighbours(ReadOnlySpan<long> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] == values[i - 1])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The depth-first search over run lengths.</summary>
    private ref struct Search
    {
        private readonly ReadOnlySpan<long> observed;
        private readonly Span<long> cells;
        private readonly RowRelation relation;
        private readonly CandidateCollector collector;
        private int nodes;
        private bool stopped;

        public Search(ReadOnlySpan<long> observed, Span<long> cells, RowRelation relation, CandidateCollector collector)
        {
            this.observed = observed;
            this.cells = cells;
            this.relation = relation;
            this.collector = collector;
        }

        public bool BudgetExceeded { get; private set; }

        /// <summary>Gives observed value <paramref name="run"/> its run from cell <paramref name="start"/>, then the rest.</summary>
        public void Place(int run, int start)
        {
            int runsAfter = observed.Length - run - 1;
            int longest = cells.Length - start - runsAfter;
            int shortest = runsAfter == 0 ? longest : 1;
            for (int length = shortest; length <= longest && !stopped; length++)
            {
                if (++nodes > NodeBudget)
                {
                    BudgetExceeded = true;
                    stopped = true;
                    return;
                }

                cells.Slice(start, length).Fill(observed[run]);
                if (!SumsHold(start, start + length))
                {
                    continue;
                }

                if (runsAfter == 0)
                {
                    stopped = !collector.Add(cells);
                }
                else
                {
                    Place(run + 1, start + length);
                }
            }
        }

        /// <summary>The sums whose last cell lies in [<paramref name="from"/>, <paramref name="to"/>) hold.</summary>
        private readonly bool SumsHold(int from, int to)
        {
            for (int cell = from; cell < to; cell++)
            {
                foreach (var sum in relation.SumsEndingAt[cell])
                {
                    if (!sum.Holds(cells))
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }
}
