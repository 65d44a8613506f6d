using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>
/// One block of a report as a reader found it: a heading, a paragraph, a table, page furniture or text that is not
/// prose (code, comments). Every block carries the exact span of the source it was read from, so findings on the model
/// built from blocks point back at the source, whatever its layout.
/// </summary>
public abstract class LayoutBlock
{
    protected LayoutBlock(TextSpan span)
    {
        Span = span;
    }

    /// <summary>Where the block stands in the text the spans refer to (<see cref="LayoutDocument.Text"/>).</summary>
    public TextSpan Span { get; }

    public override string ToString() => $"{GetType().Name} {Span}";
}
