namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>
/// Values the text states for some cells of a row, used to break a tie between readings: a collapsed table 2 row
/// <c>行政规范性文件 4 16</c> may be 4 · 4 · 16 or 4 · 16 · 16, and the prose's 新公布4件、废止4件、现行有效16件 says which.
/// </summary>
/// <remarks>
/// The text is evidence, not truth: a report's prose and its table often disagree (that is what OGL4001 reports).
/// So a hint only ever picks a reading the row's own layout and arithmetic already allow, and only when exactly one
/// of them agrees with it; when none or several agree, or the list of readings is incomplete (there may be others
/// that agree), the readings are returned unchanged and the row stays undetermined.
/// </remarks>
public sealed class RowHint
{
    private readonly (int Cell, long Value)[] stated;

    /// <param name="stated">The cells the text states, each with its value.</param>
    public RowHint(IEnumerable<(int Cell, long Value)> stated)
    {
        ArgumentNullException.ThrowIfNull(stated);
        this.stated = stated.ToArray();
        foreach (var (cell, _) in this.stated)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(cell, nameof(stated));
        }
    }

    /// <summary>A hint stating <paramref name="stated"/>.</summary>
    public static RowHint Of(params (int Cell, long Value)[] stated) => new(stated);

    /// <summary>The cells stated, with their values.</summary>
    public IReadOnlyList<(int Cell, long Value)> Stated => stated;

    /// <summary>Whether <paramref name="reading"/> has every stated value in its cell.</summary>
    public bool Agrees(ReadOnlySpan<long> reading)
    {
        foreach (var (cell, value) in stated)
        {
            if (cell >= reading.Length)
            {
                throw new ArgumentException($"The hint states cell {cell} of a row of {reading.Length} cells.", nameof(reading));
            }

            if (reading[cell] != value)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The one reading of <paramref name="candidates"/> that agrees with the hint, when exactly one does and the list
    /// is complete; otherwise <paramref name="candidates"/> itself.
    /// </summary>
    public RowCandidates Narrow(RowCandidates candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (!candidates.IsComplete || candidates.Count < 2)
        {
            return candidates;
        }

        int agreeing = -1;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (Agrees(candidates[i]))
            {
                if (agreeing >= 0)
                {
                    return candidates;
                }

                agreeing = i;
            }
        }

        return agreeing >= 0 ? candidates.Only(agreeing) : candidates;
    }
}
