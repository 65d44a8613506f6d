using System.Globalization;
using System.Text;

namespace OpenGovLint.Cli.Fixing;

/// <summary>
/// A unified diff (<c>--- a/path</c>, <c>+++ b/path</c>, <c>@@</c> hunks with three lines of context), as <c>diff -u</c>
/// and <c>git diff</c> write it, so that <c>git apply</c> or <c>patch -p1</c> can apply it. Only the window between the
/// first and the last changed line is split into lines and compared, so a one-line fix in a 10 MB report costs a scan
/// of the text, not a line list of the whole file.
/// </summary>
internal static class UnifiedDiff
{
    public const int Context = 3;

    private const string NoNewline = "\\ No newline at end of file";

    /// <summary>The diff from <paramref name="oldText"/> to <paramref name="newText"/>; empty when they are equal.</summary>
    public static string Create(string oldText, string newText, string path)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var window = Window(oldText, newText);
        var oldLines = SplitLines(oldText, window.Start, window.OldEnd);
        var newLines = SplitLines(newText, window.Start, window.NewEnd);
        var edits = LineDiff.Compute(oldLines, newLines);

        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n');
        output.Append("+++ b/").Append(path).Append('\n');
        foreach (var (first, last) in Hunks(edits))
        {
            WriteHunk(output, edits, first, last, window.StartLine, oldLines, newLines);
        }

        return output.ToString();
    }

    /// <summary>
    /// The part of both texts that differs, widened to whole lines and by <see cref="Context"/> lines each side:
    /// the same start in both (the texts agree before it) and the same distance from each end (they agree after it).
    /// </summary>
    private static (int Start, int StartLine, int OldEnd, int NewEnd) Window(string oldText, string newText)
    {
        int prefix = oldText.AsSpan().CommonPrefixLength(newText);
        int start = LineStart(oldText, prefix);
        for (int i = 0; i < Context && start > 0; i++)
        {
            start = LineStart(oldText, start - 1);
        }

        int maxSuffix = Math.Min(oldText.Length, newText.Length) - start;
        int suffix = 0;
        while (suffix < maxSuffix && oldText[oldText.Length - 1 - suffix] == newText[newText.Length - 1 - suffix])
        {
            suffix++;
        }

        int oldEnd = oldText.Length - suffix, newEnd = newText.Length - suffix;

        // Both ends must fall on a line boundary; what follows them is the same text, so one step widens both alike.
        if (!AtLineStart(oldText, oldEnd) || !AtLineStart(newText, newEnd))
        {
            int step = ToNextLine(oldText, oldEnd);
            oldEnd += step;
            newEnd += step;
        }

        for (int i = 0; i < Context && oldEnd < oldText.Length; i++)
        {
            int step = ToNextLine(oldText, oldEnd);
            oldEnd += step;
            newEnd += step;
        }

        return (start, CountLineBreaks(oldText, start), oldEnd, newEnd);
    }

    private static int LineStart(string text, int position) => position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;

    private static bool AtLineStart(string text, int position) => position == 0 || text[position - 1] == '\n';

    private static int ToNextLine(string text, int position)
    {
        int lineBreak = text.IndexOf('\n', position);
        return lineBreak < 0 ? text.Length - position : lineBreak + 1 - position;
    }

    private static int CountLineBreaks(string text, int end) => text.AsSpan(0, end).Count('\n');

    /// <summary>The lines of text[start..end), each with its line break, so that a changed line ending is a change.</summary>
    private static List<string> SplitLines(string text, int start, int end)
    {
        var lines = new List<string>();
        int position = start;
        while (position < end)
        {
            int lineBreak = text.IndexOf('\n', position, end - position);
            int next = lineBreak < 0 ? end : lineBreak + 1;
            lines.Add(text[position..next]);
            position = next;
        }

        return lines;
    }

    /// <summary>Groups the changes into hunks: changes closer than twice the context share one hunk, as diff -u does.</summary>
    private static IEnumerable<(int First, int Last)> Hunks(List<LineEdit> edits)
    {
        int first = -1, last = -1;
        for (int i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == LineEditKind.Equal)
            {
                continue;
            }

            if (first >= 0 && i - last - 1 > 2 * Context)
            {
                yield return Widen(first, last, edits.Count);
                first = -1;
            }

            if (first < 0)
            {
                first = i;
            }

            last = i;
        }

        if (first >= 0)
        {
            yield return Widen(first, last, edits.Count);
        }
    }

    private static (int, int) Widen(int first, int last, int count) => (Math.Max(0, first - Context), Math.Min(count - 1, last + Context));

    private static void WriteHunk(StringBuilder output, List<LineEdit> edits, int first, int last, int startLine, List<string> oldLines, List<string> newLines)
    {
        int oldCount = 0, newCount = 0;
        for (int i = first; i <= last; i++)
        {
            oldCount += edits[i].Kind == LineEditKind.Insert ? 0 : 1;
            newCount += edits[i].Kind == LineEditKind.Delete ? 0 : 1;
        }

        int oldStart = startLine + edits[first].OldIndex;
        int newStart = startLine + edits[first].NewIndex;
        output.Append("@@ -").Append(Range(oldStart, oldCount)).Append(" +").Append(Range(newStart, newCount)).Append(" @@\n");
        for (int i = first; i <= last; i++)
        {
            var edit = edits[i];
            switch (edit.Kind)
            {
                case LineEditKind.Equal:
                    WriteLine(output, ' ', oldLines[edit.OldIndex]);
                    break;
                case LineEditKind.Delete:
                    WriteLine(output, '-', oldLines[edit.OldIndex]);
                    break;
                default:
                    WriteLine(output, '+', newLines[edit.NewIndex]);
                    break;
            }
        }
    }

    /// <summary>"12,4"; "12" for one line; for no lines, the line before (diff -u's convention).</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => (start + 1).ToString(CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };

    private static void WriteLine(StringBuilder output, char marker, string line)
    {
        output.Append(marker);
        if (line.EndsWith('\n'))
        {
            // The CR of a CRLF line stays in the line, as diff -u and git write it, so the diff still applies.
            output.Append(line);
            return;
        }

        output.Append(line).Append('\n').Append(NoNewline).Append('\n');
    }
}
