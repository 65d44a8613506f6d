using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Model;

/// <summary>One cell as read from the source: its trimmed text and where it stands.</summary>
public sealed record TableCell(string Text, TextSpan Span, int Line)
{
    public bool IsEmpty => Text.Length == 0;
}
