using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Parsing;

/// <summary>Splits every line into cells: by pipes, by tabs, or as one cell.</summary>
internal static class LineScanner
{
    private static readonly string[] SingleDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    public static ScannedLine[] Scan(SourceText text)
    {
        var lines = new ScannedLine[text.LineCount];
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = ScanLine(text, i);
        }

        return lines;
    }

    internal static ScannedLine ScanLine(SourceText text, int line)
    {
        TextSpan span = text.GetLineSpan(line);
        ReadOnlySpan<char> content = text.AsSpan(span);
        var trimmed = Trim(content, 0, content.Length);
        if (trimmed.Length == 0)
        {
            return new ScannedLine(line, span, LineKind.Blank, [], false);
        }

        if (PageFooter.IsFooter(content[trimmed.Start..(trimmed.Start + trimmed.Length)]))
        {
            return new ScannedLine(line, span, LineKind.PageFooter, [], false);
        }

        bool hasPipe = content.Contains('|');
        if (hasPipe)
        {
            if (IsDelimiterRow(content))
            {
                return new ScannedLine(line, span, LineKind.Delimiter, [], false);
            }

            var cells = Split(text, span, line, '|', dropOuterEmpties: true);
            bool endsWithPipe = content[(trimmed.Start + trimmed.Length - 1)..].Trim().SequenceEqual("|");
            return new ScannedLine(line, span, LineKind.PipeRow, cells, endsWithPipe);
        }

        if (content.Contains('\t'))
        {
            return new ScannedLine(line, span, LineKind.TabRow, Split(text, span, line, '\t', dropOuterEmpties: false), false);
        }

        return new ScannedLine(line, span, new TextSpan(span.Start + trimmed.Start, trimmed.Length), text);
    }

    /// <summary>A line that stands as blank, whatever it holds: what a reader shows of lines outside its concern.</summary>
    internal static ScannedLine Blank(SourceText text, int line) => new(line, text.GetLineSpan(line), LineKind.Blank, [], false);

    /// <summary>
    /// A cell's text. Most cells of the standard tables hold a single digit (0 above all): those share one string each
    /// instead of a copy per cell.
    /// </summary>
    internal static string CellText(string source, int start, int length) =>
        length == 1 && char.IsAsciiDigit(source[start]) ? SingleDigits[source[start] - '0'] : source.Substring(start, length);

    private static TableCell[] Split(SourceText text, TextSpan span, int line, char separator, bool dropOuterEmpties)
    {
        ReadOnlySpan<char> content = text.AsSpan(span);
        var cells = scratch ??= [];
        cells.Clear();
        int start = 0;
        for (int i = 0; i <= content.Length; i++)
        {
            bool atEnd = i == content.Length;
            if (!atEnd && content[i] == '\\' && separator == '|' && i + 1 < content.Length && content[i + 1] == '|')
            {
                i++;
                continue;
            }

            if (atEnd || content[i] == separator)
            {
                var (s, len) = Trim(content, start, i - start);
                int absolute = span.Start + s;
                cells.Add(new TableCell(CellText(text.Text, absolute, len), new TextSpan(absolute, len), line));
                start = i + 1;
            }
        }

        if (dropOuterEmpties)
        {
            // "| a | b |" splits into "", a, b, "": the outer empties are the pipes' sides, not cells.
            var trimmed = content.Trim();
            if (trimmed.Length > 0 && trimmed[0] == '|' && cells.Count > 0 && cells[0].IsEmpty)
            {
                cells.RemoveAt(0);
            }

            if (trimmed.Length > 0 && trimmed[^1] == '|' && cells.Count > 0 && cells[^1].IsEmpty)
            {
                cells.RemoveAt(cells.Count - 1);
            }
        }

        return [.. cells];
    }

    // The cells of the line being split, before they are copied into the line's array (one allocation per row).
    [ThreadStatic]
    private static List<TableCell>? scratch;

    /// <summary>Trims whitespace, including the ideographic space and no-break space real drafts contain.</summary>
    internal static (int Start, int Length) Trim(ReadOnlySpan<char> content, int start, int length)
    {
        int end = start + length;
        while (start < end && IsBlank(content[start]))
        {
            start++;
        }

        while (end > start && IsBlank(content[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    internal static bool IsBlank(char c) =>
        c > '\u3000' ? c == '\uFEFF' // no white space above the ideographic space: most characters of a report are decided here
            : char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D';

    private static bool IsDelimiterRow(ReadOnlySpan<char> content)
    {
        bool sawDash = false;
        foreach (char c in content)
        {
            if (c == '-')
            {
                sawDash = true;
            }
            else if (c is not ('|' or ':' or ' ' or '\t'))
            {
                return false;
            }
        }

        return sawDash && content.Contains('|');
    }
}
