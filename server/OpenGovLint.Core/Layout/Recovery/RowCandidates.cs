namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// The readings of one table row that its layout and its row relation allow: none (the row cannot be restored), one
/// (restored, or read cleanly) or several (ambiguous: the column relations or the text may still decide). The
/// readings are distinct and kept in the order they were found, so the same input always gives the same list.
/// </summary>
/// <remarks>
/// A search stops at a cap (or a work budget) rather than list thousands of readings of an absurd input; the list is
/// then <see cref="IsComplete"/> = false and nothing may be concluded from it — not even that the readings it holds
/// are the only ones. The cells of all readings share one flat array rather than one array per reading.
/// </remarks>
public sealed class RowCandidates
{
    private static readonly long[] NoValues = [];

    private readonly long[] values;

    private RowCandidates(int cellCount, long[] values, int count, bool isComplete)
    {
        CellCount = cellCount;
        this.values = values;
        Count = count;
        IsComplete = isComplete;
    }

    /// <summary>How many cells each reading has.</summary>
    public int CellCount { get; }

    /// <summary>How many readings are listed.</summary>
    public int Count { get; }

    /// <summary>
    /// False when the search stopped at its cap or its work budget: there may be more readings than those listed, so
    /// the row must be treated as undetermined.
    /// </summary>
    public bool IsComplete { get; }

    /// <summary>Exactly one reading, and no other possible: the row is restored.</summary>
    public bool IsUnique => IsComplete && Count == 1;

    /// <summary>The cells of reading <paramref name="index"/>.</summary>
    public ReadOnlySpan<long> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return values.AsSpan(index * CellCount, CellCount);
        }
    }

    /// <summary>A row with no reading: nothing in its layout satisfies its relation, or it is not a row at all.</summary>
    public static RowCandidates None(int cellCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellCount);
        return new RowCandidates(cellCount, NoValues, 0, isComplete: true);
    }

    /// <summary>A row read cleanly: its one reading.</summary>
    public static RowCandidates Read(ReadOnlySpan<long> cells) => new(cells.Length, cells.ToArray(), 1, isComplete: true);

    /// <summary>
    /// A list of readings given by the caller (another reader, or a test); duplicates are dropped, the first
    /// occurrence keeps its place.
    /// </summary>
    public static RowCandidates Of(int cellCount, bool isComplete, IEnumerable<long[]> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        var collector = new CandidateCollector(cellCount, int.MaxValue);
        foreach (long[] reading in readings)
        {
            if (reading.Length != cellCount)
            {
                throw new ArgumentException($"A reading has {reading.Length} cells, not {cellCount}.", nameof(readings));
            }

            if (collector.IndexOf(reading) < 0)
            {
                collector.Add(reading);
            }
        }

        return collector.ToCandidates(workExhausted: !isComplete);
    }

    /// <summary>The index of the reading equal to <paramref name="cells"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<long> cells)
    {
        if (cells.Length != CellCount)
        {
            return -1;
        }

        for (int i = 0; i < Count; i++)
        {
            if (this[i].SequenceEqual(cells))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Every reading, copied: for tests and messages, not for the hot path.</summary>
    public IReadOnlyList<long[]> ToList()
    {
        var list = new long[Count][];
        for (int i = 0; i < Count; i++)
        {
            list[i] = this[i].ToArray();
        }

        return list;
    }

    /// <summary>This list reduced to reading <paramref name="index"/> alone (a complete list of one).</summary>
    internal RowCandidates Only(int index) => Read(this[index]);

    internal static RowCandidates FromBuffer(int cellCount, long[] buffer, int count, bool isComplete) =>
        new(cellCount, count == 0 ? NoValues : buffer, count, isComplete);
}
