using System.Text.RegularExpressions;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Core.Rules.Text;

/// <summary>What the prose rules share: which lines are prose, and what counts as a Chinese character.</summary>
internal static partial class Prose
{
    /// <summary>Lines that are prose: outside the standard tables, code blocks and HTML comments.</summary>
    public static IEnumerable<int> Lines(ReportDocument document) => Lines(document, 0, document.Text.LineCount);

    /// <summary>
    /// The prose lines of one section's body (its heading line excluded). Only the section's own lines are visited, so
    /// a rule that walks every section stays linear in the document's length.
    /// </summary>
    public static IEnumerable<int> BodyLines(ReportDocument document, Section section) =>
        Lines(document, section.Line + 1, Math.Min(section.EndLine, document.Text.LineCount));

    private static IEnumerable<int> Lines(ReportDocument document, int start, int end)
    {
        for (int line = start; line < end; line++)
        {
            if (document.IsProseLine(line))
            {
                yield return line;
            }
        }
    }

    /// <summary>A CJK ideograph (the unified block and extension A, and 〇).</summary>
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or '〇';

    /// <summary>A Chinese character or full-width Chinese punctuation (“”《》（）、。，…).</summary>
    public static bool IsChinese(char c) => IsIdeograph(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or '“' or '”' or '‘' or '’' or '…' or '—';

    /// <summary>Spans of URLs, e-mail addresses and inline code on a line: never rewritten, never read as prose.</summary>
    public static List<TextSpan> Protected(string line, int offset)
    {
        var spans = new List<TextSpan>();
        foreach (Match m in ProtectedRegex().Matches(line))
        {
            spans.Add(new TextSpan(offset + m.Index, m.Length));
        }

        return spans;
    }

    public static bool IsInside(List<TextSpan> spans, int position)
    {
        // Called for every character of every prose line, and the list is almost always empty.
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"`[^`]*`|(?:https?|ftp)://[^\s（）<>“”，。；]+|www\.[A-Za-z0-9.\-/_%?=&#]+|[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}|<[a-z]+://[^>]*>")]
    private static partial Regex ProtectedRegex();
}
