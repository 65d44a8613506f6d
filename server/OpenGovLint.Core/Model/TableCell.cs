using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>One cell as read from the source: its trimmed text and where it stands.</summary>
public sealed record TableCell(string Text, TextSpan Span, int Line)
{
    public bool IsEmpty => Text.Length == 0;

    /// <summary>A cell of a table's header row (the row above a Markdown delimiter row): never a label or a value.</summary>
    public bool IsHeader { get; init; }
}
