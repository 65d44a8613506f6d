namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>What the <see cref="TableRelationSolver"/> concluded about one row.</summary>
public readonly struct RowSolution
{
    private readonly RowCandidates candidates;
    private readonly int chosen;

    internal RowSolution(string key, RowCandidates candidates, int chosen, int readings)
    {
        Key = key;
        this.candidates = candidates;
        this.chosen = chosen;
        Readings = readings;
    }

    /// <summary>The row's key.</summary>
    public string Key { get; }

    /// <summary>The row's figures are known: it reads the same in every choice that satisfies the table.</summary>
    public bool IsDetermined => chosen >= 0;

    /// <summary>The row's figures when <see cref="IsDetermined"/>; empty otherwise.</summary>
    public ReadOnlySpan<long> Values => chosen >= 0 ? candidates[chosen] : [];

    /// <summary>
    /// How many readings of the row remain possible: 1 when determined, 0 when the row has no reading, 2 or more when
    /// it is ambiguous. When <see cref="ReadingsComplete"/> is false this is only a lower bound.
    /// </summary>
    public int Readings { get; }

    /// <summary>False when the row's own list of readings was cut short (see <see cref="RowCandidates.IsComplete"/>).</summary>
    public bool ReadingsComplete => candidates.IsComplete;

    public override string ToString() =>
        IsDetermined ? $"{Key}: {string.Join(' ', Values.ToArray())}" : $"{Key}: undetermined ({Readings}{(ReadingsComplete ? "" : "+")} readings)";
}
