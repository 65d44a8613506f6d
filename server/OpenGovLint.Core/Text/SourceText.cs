namespace OpenGovLint.Core.Text;

/// <summary>
/// An immutable document text with a line index. Positions are UTF-16 offsets (C# string indices),
/// which is also what LSP counts by default. Lines end at "\n", "\r\n" or a lone "\r".
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;
    private string? dominantLineBreak;

    public SourceText(string text)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        lineStarts = ComputeLineStarts(text);
    }

    public string Text { get; }

    public int Length => Text.Length;

    public int LineCount => lineStarts.Length;

    public char this[int index] => Text[index];

    public static SourceText From(string text) => new(text);

    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> AsSpan(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The span of a line's content, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The span of a line including its line break (if any).</summary>
    public TextSpan GetFullLineSpan(int line)
    {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => GetText(GetLineSpan(line));

    public int GetLineStart(int line) => lineStarts[line];

    public int GetLineFromPosition(int position)
    {
        if (position <= 0)
        {
            return 0;
        }

        int index = lineStarts.AsSpan().BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        int line = GetLineFromPosition(position);
        return new LinePosition(line, position - lineStarts[line]);
    }

    public LineRange GetLineRange(TextSpan span)
    {
        var start = GetLinePosition(span.Start);
        int end = Math.Clamp(span.End, 0, Text.Length);
        int line = start.Line;

        // Nearly every finding ends on the line it starts on: then the end needs no second search.
        if (end >= lineStarts[line] && (line + 1 >= lineStarts.Length || end < lineStarts[line + 1]))
        {
            return new LineRange(start, new LinePosition(line, end - lineStarts[line]));
        }

        return new LineRange(start, GetLinePosition(end));
    }

    /// <summary>Converts an LSP position to an offset, clamping positions beyond a line or the document.</summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= lineStarts.Length)
        {
            return Text.Length;
        }

        TextSpan line = GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    /// <summary>The line break used most in this text ("\n" when there is none); counted once, on first use.</summary>
    public string DominantLineBreak => dominantLineBreak ??= CountDominantLineBreak();

    private string CountDominantLineBreak()
    {
        int crlf = 0, lf = 0, cr = 0;
        for (int i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\r')
            {
                if (i + 1 < Text.Length && Text[i + 1] == '\n')
                {
                    crlf++;
                    i++;
                }
                else
                {
                    cr++;
                }
            }
            else if (Text[i] == '\n')
            {
                lf++;
            }
        }

        return crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
    }

    private static int[] ComputeLineStarts(string text)
    {
        // Lines are tens of characters long: a vectorised search for the next break beats looking at every character.
        var starts = new List<int>(Math.Max(16, text.Length / 40)) { 0 };
        var span = text.AsSpan();
        int i = 0;
        while (i < span.Length)
        {
            int found = span[i..].IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            i += found;
            i += span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n' ? 2 : 1;
            starts.Add(i);
        }

        return starts.ToArray();
    }
}
