using System.Text;

namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// Writes the rendered text of a markup document — one block per line, table rows as tab-separated cells — and the
/// source map beside it. White space collapses as a browser collapses it: runs of spaces, line breaks, no-break and
/// ideographic spaces become one space, or nothing between two Chinese characters and at the ends of a line (the
/// indent <c>　　</c> of a paragraph is layout, not text).
/// </summary>
internal sealed class RenderedTextBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<SourceRun> runs = [];
    private bool pendingSpace;
    private int pendingOrigin;
    private int lastOriginEnd;
    private int lastLocation = -1;
    private int lineStart;

    public int Length => text.Length;

    /// <summary>True when the current line holds no character yet.</summary>
    public bool LineIsEmpty => text.Length == lineStart;

    /// <summary>Characters since the start of the current line.</summary>
    public int LineLength => text.Length - lineStart;

    /// <summary>Appends one character of the source, from <paramref name="origin"/> (<paramref name="originLength"/> source characters).</summary>
    public void Append(char c, int origin, int originLength, int location = -1)
    {
        if (IsCollapsible(c))
        {
            if (!LineIsEmpty && !pendingSpace)
            {
                pendingSpace = true;
                pendingOrigin = origin;
            }

            return;
        }

        if (pendingSpace)
        {
            pendingSpace = false;
            char previous = text[^1];
            if (NeedsSpace(previous, c))
            {
                AddRun(' ', pendingOrigin, 1, exact: false, location);
            }
        }

        AddRun(c, origin, originLength, exact: originLength == 1, location);
    }

    /// <summary>Appends a string that came from one contiguous stretch of the source, character for character.</summary>
    public void AppendExact(string value, int origin, int location = -1)
    {
        for (int i = 0; i < value.Length; i++)
        {
            Append(value[i], origin + i, 1, location);
        }
    }

    /// <summary>
    /// Appends text the reader adds (a Markdown heading mark, a list number Word draws): kept as written, spaces too,
    /// and mapped as a whole to <paramref name="origin"/>.
    /// </summary>
    public void AppendSynthetic(string value, int origin, int location = -1)
    {
        if (pendingSpace && !LineIsEmpty)
        {
            pendingSpace = false;
            if (value.Length > 0 && NeedsSpace(text[^1], value[0]))
            {
                AddRun(' ', pendingOrigin, 0, exact: false, location);
            }
        }

        foreach (char c in value)
        {
            AddRun(c, origin, 0, exact: false, location);
        }
    }

    /// <summary>Ends the current line (a block ended). Nothing happens on an empty line: blocks never leave blank lines.</summary>
    public void EndLine()
    {
        pendingSpace = false;
        if (!LineIsEmpty)
        {
            AddRun('\n', lastOriginEnd, 0, exact: false, lastLocation);
            lineStart = text.Length;
        }
    }

    /// <summary>Ends the current table cell: a tab, even after an empty cell (an empty cell is a cell).</summary>
    public void EndCell(int origin, int location = -1)
    {
        pendingSpace = false;
        AddRun('\t', origin, 0, exact: false, location);
    }

    /// <summary>Joins two blocks inside one cell (<c>&lt;p&gt;商业&lt;/p&gt;&lt;p&gt;企业&lt;/p&gt;</c> reads 商业企业): a space only between words.</summary>
    public void SoftBreak(int origin)
    {
        if (!LineIsEmpty && !pendingSpace)
        {
            pendingSpace = true;
            pendingOrigin = origin;
        }
    }

    /// <summary>Removes trailing tabs of the current line (cells after the last one with text in a row).</summary>
    public void TrimLineEnd(char c)
    {
        while (text.Length > lineStart && text[^1] == c)
        {
            text.Length--;
            var last = runs[^1];
            runs[^1] = last with { Length = last.Length - 1 };
            if (runs[^1].Length == 0)
            {
                runs.RemoveAt(runs.Count - 1);
            }
        }
    }

    public (string Text, List<SourceRun> Runs) Build()
    {
        EndLine();
        return (text.ToString(), runs);
    }

    private void AddRun(char c, int origin, int originLength, bool exact, int location)
    {
        int at = text.Length;
        text.Append(c);
        if (runs.Count > 0)
        {
            var last = runs[^1];
            // One more character of the same contiguous stretch of the source extends the run.
            if (exact && last.Exact && last.Location == location && last.RenderedEnd == at && last.OriginStart + last.OriginLength == origin)
            {
                runs[^1] = last with { Length = last.Length + 1, OriginLength = last.OriginLength + 1 };
                Track(origin + originLength, location);
                return;
            }
        }

        runs.Add(new SourceRun(at, 1, origin, originLength, exact, location));
        Track(origin + originLength, location);
    }

    private void Track(int originEnd, int location)
    {
        lastOriginEnd = originEnd;
        lastLocation = location;
    }

    private static bool IsCollapsible(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0' or '\u3000' or '\u200B' or '\uFEFF';

    /// <summary>A collapsed space stays only between two characters that are not Chinese (words, numbers, Latin punctuation).</summary>
    private static bool NeedsSpace(char before, char after) => before < 0x2E80 && after < 0x2E80 && before != '\t' && before != '\n';
}
