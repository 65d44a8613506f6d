namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>What the <see cref="TableRelationSolver"/> could establish about the table as a whole.</summary>
public enum SolveOutcome
{
    /// <summary>
    /// Some choice of readings satisfies every applicable equation (or none applies); a row is determined when it reads
    /// the same in all such choices.
    /// </summary>
    Consistent,

    /// <summary>
    /// No choice of readings satisfies the equations: the report has an arithmetic defect, which the sum rules must
    /// still be able to report, so the equations decide nothing and only rows with a single reading of their own are
    /// determined.
    /// </summary>
    Inconsistent,

    /// <summary>The search used up its node budget before it could tell; treated as <see cref="Inconsistent"/>.</summary>
    BudgetExceeded,
}
