namespace OpenGovLint.Core.Text;

/// <summary>A zero-based line and UTF-16 character offset, as the Language Server Protocol counts them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>One-based "line:column" for people and terminals.</summary>
    public override string ToString() => $"{Line + 1}:{Character + 1}";
}

/// <summary>A start and end position in a document.</summary>
public readonly record struct LineRange(LinePosition Start, LinePosition End)
{
    public override string ToString() => $"{Start}-{End}";
}
