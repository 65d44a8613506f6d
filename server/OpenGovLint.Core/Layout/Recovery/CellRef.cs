namespace OpenGovLint.Core.Layout.Recovery;

/// <summary>One cell of a table, named by its row's model key (<c>T3.Denied.5</c>) and its column index.</summary>
/// <param name="Row">The row's key, as the report model names rows.</param>
/// <param name="Column">The column index, from 0.</param>
public readonly record struct CellRef(string Row, int Column);
