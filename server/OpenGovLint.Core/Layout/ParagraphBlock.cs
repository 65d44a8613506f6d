using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>Running text: the title, sub-headings, prose. The prose rules read these.</summary>
public sealed class ParagraphBlock : LayoutBlock
{
    public ParagraphBlock(TextSpan span)
        : base(span)
    {
    }
}
