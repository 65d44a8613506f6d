using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>Markdown that is not the report's prose: fenced code and HTML blocks (comments, suppressions among them).</summary>
public sealed class NonProseBlock : LayoutBlock
{
    public NonProseBlock(TextSpan span)
        : base(span)
    {
    }
}
