namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>A row given to the <see cref="TableRelationSolver"/>: its model key and the readings it may have.</summary>
/// <param name="Key">The row's key, as the report model names rows (<c>T3.NewReceived</c>).</param>
/// <param name="Candidates">
/// One reading for a row read cleanly; several for an ambiguous one; none for a row that could not be restored,
/// which then takes part in no equation.
/// </param>
public readonly record struct CandidateRow(string Key, RowCandidates Candidates);
