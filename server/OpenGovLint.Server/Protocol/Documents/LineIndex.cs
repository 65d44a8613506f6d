using OpenGovLint.Server.Protocol.Types;

namespace OpenGovLint.Server.Protocol.Documents;

/// <summary>
/// The start offset of every line of a text, for turning LSP positions into string offsets in
/// O(1) and back in O(log lines). Lines end in <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c>, as LSP
/// says. Immutable; an edit produces a new index in O(lines) without rescanning the whole text.
/// </summary>
public sealed class LineIndex
{
    private readonly int[] _lineStarts;

    private LineIndex(int[] lineStarts, int textLength)
    {
        _lineStarts = lineStarts;
        TextLength = textLength;
    }

    /// <summary>The number of lines; a text ending in a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    public int TextLength { get; }

    public static LineIndex Create(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var starts = new List<int> { 0 };
        AddLineStarts(text, 1, text.Length, starts);
        return new LineIndex([.. starts], text.Length);
    }

    /// <summary>The offset where <paramref name="line"/> starts, clamped to the document.</summary>
    public int GetLineStart(int line) =>
        line < 0 ? 0 : line >= _lineStarts.Length ? TextLength : _lineStarts[line];

    /// <summary>The length of a line without its line break.</summary>
    public int GetLineLength(string text, int line)
    {
        if (line < 0 || line >= _lineStarts.Length)
        {
            return 0;
        }

        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : TextLength;
        if (end > start && text[end - 1] == '\n')
        {
            end--;
        }

        if (end > start && text[end - 1] == '\r')
        {
            end--;
        }

        return end - start;
    }

    /// <summary>
    /// The offset of a position. A line past the end gives the end of the document; a character
    /// past the end of its line gives the end of that line (before its line break); negative
    /// values count as 0. Never throws.
    /// </summary>
    public int GetOffset(string text, Position position)
    {
        if (position.Line >= _lineStarts.Length)
        {
            return TextLength;
        }

        var line = Math.Max(0, position.Line);
        var character = Math.Clamp(position.Character, 0, GetLineLength(text, line));
        return _lineStarts[line] + character;
    }

    /// <summary>The position of an offset, clamped to the document.</summary>
    public Position GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, TextLength);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new Position(line, offset - _lineStarts[line]);
    }

    /// <summary>
    /// The index of <paramref name="newText"/>, which is this index's text with
    /// <c>[start, start + removedLength)</c> replaced by <paramref name="insertedLength"/> characters.
    /// Line starts before the edit are kept, those after it shifted; only the edit and the
    /// characters on either side of it (a <c>\r\n</c> can be split or joined) are scanned.
    /// </summary>
    public LineIndex Apply(string newText, int start, int removedLength, int insertedLength)
    {
        var oldEnd = start + removedLength;
        var newEnd = start + insertedLength;
        var delta = insertedLength - removedLength;

        // A line start at p depends on the characters at p - 1 and p, so starts below `start`
        // are unchanged and starts above `oldEnd + 1` only move.
        var keepBefore = LowerBound(_lineStarts, start);
        var keepAfterFrom = LowerBound(_lineStarts, oldEnd + 2);
        var starts = new List<int>(keepBefore + (_lineStarts.Length - keepAfterFrom) + 16);
        if (keepBefore == 0)
        {
            starts.Add(0);
        }

        for (var i = 0; i < keepBefore; i++)
        {
            starts.Add(_lineStarts[i]);
        }

        AddLineStarts(newText, Math.Max(start, 1), Math.Min(newEnd + 1, newText.Length), starts);
        for (var i = keepAfterFrom; i < _lineStarts.Length; i++)
        {
            starts.Add(_lineStarts[i] + delta);
        }

        return new LineIndex([.. starts], newText.Length);
    }

    /// <summary>Adds every line start p with <paramref name="from"/> ≤ p ≤ <paramref name="to"/> (p ≥ 1).</summary>
    private static void AddLineStarts(string text, int from, int to, List<int> starts)
    {
        for (var p = from; p <= to; p++)
        {
            var previous = text[p - 1];
            if (previous == '\n' || (previous == '\r' && (p == text.Length || text[p] != '\n')))
            {
                starts.Add(p);
            }
        }
    }

    /// <summary>The first index whose value is ≥ <paramref name="value"/>.</summary>
    private static int LowerBound(int[] values, int value)
    {
        int low = 0, high = values.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (values[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
