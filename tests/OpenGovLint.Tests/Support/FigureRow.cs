namespace OpenGovLint.Tests.Support;

/// <summary>One data row of a generated table: its key as the model names it, and its figures in column order.</summary>
internal sealed record FigureRow(string Key, decimal[] Values)
{
    public override string ToString() => $"{Key} [{string.Join(", ", Values)}]";
}
