namespace OpenGovLint.Core.Layout.Readers.Markup;

/// <summary>
/// Finds where each character of a page's text nodes stands in the page source. The HTML parser keeps the position of
/// every element's start tag but not of text; text follows in source order, so a cursor moves forward through the source,
/// skipping tags and comments and reading character references, and matches each character of a text node there. Where
/// the source does not match (text the parser moved, as it moves stray text out of a table), the characters map to the
/// cursor, which is still close to them.
/// </summary>
internal sealed class HtmlSourceCursor
{
    /// <summary>How far ahead a text node is looked for when the cursor does not stand on it.</summary>
    private const int SearchWindow = 4096;

    private readonly string source;
    private int position;

    public HtmlSourceCursor(string source)
    {
        this.source = source;
    }

    public int Position => position;

    /// <summary>Moves to an element's start tag, never backwards.</summary>
    public void MoveTo(int offset)
    {
        if (offset > position && offset <= source.Length)
        {
            position = offset;
        }
    }

    /// <summary>Matches a text node's characters, reporting each one's origin (start, length) to <paramref name="emit"/>.</summary>
    public void Match(string data, Action<char, int, int> emit)
    {
        SeekText(data);
        for (int i = 0; i < data.Length; i++)
        {
            char c = data[i];
            if (TryMatch(c, out int start, out int length))
            {
                emit(c, start, length);
            }
            else
            {
                emit(c, position, 0);
            }
        }
    }

    /// <summary>When the cursor does not stand on the node's first visible character, looks a little ahead for it.</summary>
    private void SeekText(string data)
    {
        int first = 0;
        while (first < data.Length && char.IsWhiteSpace(data[first]))
        {
            first++;
        }

        if (first == data.Length || data[first] == '&' || data[first] == '<')
        {
            return;
        }

        int saved = position;
        SkipMarkup();
        while (position < source.Length && char.IsWhiteSpace(source[position]) && first > 0)
        {
            position++;
        }

        if (position < source.Length && (source[position] == data[first] || source[position] == '&'))
        {
            position = saved;
            return;
        }

        int probeLength = Math.Min(8, data.Length - first);
        int probeEnd = first + probeLength;
        for (int i = first; i < probeEnd; i++)
        {
            if (data[i] is '&' or '<' or '\n' or '\u00A0')
            {
                probeLength = i - first;
                break;
            }
        }

        int limit = Math.Min(source.Length - saved, SearchWindow);
        int found = probeLength > 0 ? source.IndexOf(data.Substring(first, probeLength), saved, limit, StringComparison.Ordinal) : -1;
        position = found >= 0 ? found - CountLeadingSpacesBefore(found, first) : saved;
    }

    private int CountLeadingSpacesBefore(int at, int wanted)
    {
        int count = 0;
        while (count < wanted && at - count - 1 >= 0 && char.IsWhiteSpace(source[at - count - 1]))
        {
            count++;
        }

        return count;
    }

    private bool TryMatch(char c, out int start, out int length)
    {
        SkipMarkup();
        start = position;
        length = 0;
        if (position >= source.Length)
        {
            return false;
        }

        char s = source[position];
        if (c == '\n' && s == '\r')
        {
            length = position + 1 < source.Length && source[position + 1] == '\n' ? 2 : 1;
        }
        else if (s == '&' && c != '&' || s == '&' && c == '&' && ReferenceLength(position) > 1)
        {
            length = ReferenceLength(position);
        }
        else if (s == c)
        {
            length = 1;
        }
        else
        {
            return false;
        }

        position += length;
        return true;
    }

    /// <summary>The length of a character reference (<c>&amp;nbsp;</c>, <c>&amp;#12288;</c>) at <paramref name="at"/>, or 1.</summary>
    private int ReferenceLength(int at)
    {
        int end = at + 1;
        int limit = Math.Min(source.Length, at + 34);
        while (end < limit && (char.IsAsciiLetterOrDigit(source[end]) || source[end] == '#'))
        {
            end++;
        }

        if (end == at + 1)
        {
            return 1;
        }

        return end < source.Length && source[end] == ';' ? end + 1 - at : end - at;
    }

    /// <summary>Skips tags, comments, doctype and processing instructions at the cursor.</summary>
    private void SkipMarkup()
    {
        while (position + 1 < source.Length && source[position] == '<')
        {
            char next = source[position + 1];
            if (source.AsSpan(position).StartsWith("<!--"))
            {
                int end = source.IndexOf("-->", position + 4, StringComparison.Ordinal);
                position = end < 0 ? source.Length : end + 3;
            }
            else if (char.IsAsciiLetter(next) || next is '/' or '!' or '?')
            {
                int end = source.IndexOf('>', position + 1);
                position = end < 0 ? source.Length : end + 1;
            }
            else
            {
                return;
            }
        }
    }
}
