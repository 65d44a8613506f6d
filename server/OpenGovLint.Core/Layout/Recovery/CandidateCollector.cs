namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// Gathers the readings a search finds into one flat buffer, up to a cap. Finding one more than the cap marks the
/// list incomplete, so a list of exactly <c>cap</c> readings is still known to be all of them.
/// </summary>
internal sealed class CandidateCollector
{
    private readonly int cellCount;
    private readonly int cap;
    private long[] buffer;

    public CandidateCollector(int cellCount, int cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cellCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(cap, 1);
        this.cellCount = cellCount;
        this.cap = cap;
        buffer = [];
    }

    public int Count { get; private set; }

    /// <summary>Set once a reading beyond the cap was found.</summary>
    public bool Capped { get; private set; }

    /// <summary>Adds a reading; false once the cap is passed (the search should stop).</summary>
    public bool Add(ReadOnlySpan<long> reading)
    {
        if (Count == cap)
        {
            Capped = true;
            return false;
        }

        int needed = (Count + 1) * cellCount;
        if (needed > buffer.Length)
        {
            // Sized for one reading first: most rows have exactly one.
            Array.Resize(ref buffer, Math.Max(needed, buffer.Length * 2));
        }

        reading.CopyTo(buffer.AsSpan(Count * cellCount, cellCount));
        Count++;
        return true;
    }

    public int IndexOf(ReadOnlySpan<long> reading)
    {
        for (int i = 0; i < Count; i++)
        {
            if (buffer.AsSpan(i * cellCount, cellCount).SequenceEqual(reading))
            {
                return i;
            }
        }

        return -1;
    }

    /// <param name="workExhausted">The search gave up before it had looked at every reading.</param>
    public RowCandidates ToCandidates(bool workExhausted)
    {
        long[] values = buffer.Length == Count * cellCount ? buffer : buffer.AsSpan(0, Count * cellCount).ToArray();
        return RowCandidates.FromBuffer(cellCount, values, Count, isComplete: !Capped && !workExhausted);
    }
}
