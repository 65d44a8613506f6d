using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>
/// A paragraph of prose with its lines joined, and where each of its characters stands in the source. A one-line
/// paragraph keeps no map: its characters follow each other from <see cref="Start"/>. A joined paragraph keeps one
/// entry per line (not per character): a full stop put between two lines stands, in the source, on the last character
/// of the line before it.
/// </summary>
internal sealed class ProseParagraph
{
    private readonly Piece[]? pieces;

    public ProseParagraph(string text, int start, Piece[]? pieces)
    {
        Text = text;
        Start = start;
        this.pieces = pieces;
    }

    public string Text { get; }

    public int Start { get; }

    /// <summary>The source span of the characters <paramref name="span"/> covers in <see cref="Text"/>.</summary>
    public TextSpan ToSource(TextSpan span)
    {
        if (pieces is null)
        {
            return new TextSpan(Start + span.Start, span.Length);
        }

        if (pieces.Length == 0 || Text.Length == 0)
        {
            return new TextSpan(Start, 0);
        }

        int start = SourceOf(Math.Clamp(span.Start, 0, Text.Length - 1));
        if (span.IsEmpty)
        {
            return new TextSpan(start, 0);
        }

        int last = SourceOf(Math.Clamp(span.End - 1, 0, Text.Length - 1));
        return TextSpan.FromBounds(start, last + 1);
    }

    private int SourceOf(int index)
    {
        var all = pieces!;
        int low = 0, high = all.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (all[middle].JoinedStart <= index)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var piece = all[low];
        return index < piece.JoinedStart + piece.Length ? piece.SourceStart + (index - piece.JoinedStart) : piece.SourceStart + piece.Length - 1;
    }

    /// <summary>One line's text in the joined paragraph: where it starts there and in the source, and its length.</summary>
    internal readonly record struct Piece(int JoinedStart, int SourceStart, int Length);
}
