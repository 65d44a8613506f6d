using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Layout;

/// <summary>How a heading was written.</summary>
public enum HeadingPlacement
{
    /// <summary>On a line of its own (a Markdown heading or a plain <c>一、总体情况</c> line).</summary>
    OwnLine,

    /// <summary>Run into the text that follows it (<c>一、总体情况2021年，我区…</c>), as flattened web text has it.</summary>
    RunIn,
}

/// <summary>A heading of one of the report's top-level parts, with the part it was recognised as.</summary>
public sealed class HeadingBlock : LayoutBlock
{
    public HeadingBlock(TextSpan span, Section section, HeadingPlacement placement)
        : base(span)
    {
        Section = section;
        Placement = placement;
    }

    /// <summary>The part this heading opens, as the model keeps it.</summary>
    public Section Section { get; }

    public HeadingPlacement Placement { get; }
}
