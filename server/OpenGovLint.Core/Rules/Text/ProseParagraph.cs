using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// A paragraph of prose with its lines joined, and where each of its characters stands in the source. A one-line
/// paragraph keeps no map: its characters follow each other from <see cref="Start"/>.
/// </summary>
internal sealed class ProseParagraph
{
    private readonly int[]? offsets;

    public ProseParagraph(string text, int start, int[]? offsets)
    {
        Text = text;
        Start = start;
        this.offsets = offsets;
    }

    public string Text { get; }

    public int Start { get; }

    /// <summary>The source span of the characters <paramref name="span"/> covers in <see cref="Text"/>.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (offsets is null)
        {
            return new TextSpan(Start + span.Start, span.Length);
        }

        if (offsets.Length == 0)
        {
            return new TextSpan(Start, 0);
        }

        int start = offsets[Math.Clamp(span.Start, 0, offsets.Length - 1)];
        if (span.IsEmpty)
        {
            return new TextSpan(start, 0);
        }

        int last = offsets[Math.Clamp(span.End - 1, 0, offsets.Length - 1)];
        return TextSpan.FromBounds(start, last + 1);
    }
}
