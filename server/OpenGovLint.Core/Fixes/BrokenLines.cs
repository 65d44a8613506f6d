using OpenGovLint.Core.Model;

namespace OpenGovLint.Core.Fixes;

/// <summary>
/// Joins the lines of text extracted from a PDF or a Word-made page back into paragraphs for the draft. A line runs on
/// into the next unless it ends a sentence (。！？；) or a title (…年度报告), it is an aside of its own (<c>（此件主动公开）</c>), or the next line
/// opens an item (<c>（一）</c>, <c>一、</c>, <c>一是</c>, <c>1.</c>) — a colon ends a paragraph only before an item. Lines are joined
/// as they print: without a space, as Chinese is written (and as a number broken over lines reads).
/// Without joining (<see cref="LooksBroken"/> false), every line is a paragraph of its own, as in a page whose lines are
/// its paragraphs.
/// </summary>
internal sealed class BrokenLines(bool join)
{
    /// <summary>A line that runs on is one of at least this many, and this share, of the lines followed by another.</summary>
    private const int MinRunOnLines = 10;

    private const double MinRunOnShare = 0.4;

    /// <summary>
    /// True when the paragraphs' lines break inside sentences: of the lines followed by another line of their
    /// paragraph, at least <see cref="MinRunOnShare"/> (and <see cref="MinRunOnLines"/>) run on into it. A page whose
    /// lines are its paragraphs ends nearly every line with a full stop; only a title, a signature or a date does not.
    /// Lines in <paramref name="cellLines"/> (a table of one cell per line) are not counted.
    /// </summary>
    public static bool LooksBroken(Text.SourceText text, IEnumerable<Text.TextSpan> paragraphs, Text.TextSpan? cellLines)
    {
        int followed = 0, runOn = 0;
        foreach (var span in paragraphs)
        {
            int first = text.GetLineFromPosition(span.Start);
            int last = text.GetLineFromPosition(Math.Max(span.Start, span.End - 1));
            string? previous = null;
            for (int line = first; line <= last; line++)
            {
                var lineSpan = text.GetLineSpan(line);
                string content = text.GetText(lineSpan).Trim();
                if (content.Length == 0 || (cellLines is { } cells && lineSpan.OverlapsWith(cells)))
                {
                    previous = null;
                    continue;
                }

                if (previous is not null)
                {
                    followed++;
                    runOn += EndsParagraph(previous, content) ? 0 : 1;
                }

                previous = content;
            }
        }

        return runOn >= MinRunOnLines && runOn >= followed * MinRunOnShare;
    }

    // The paragraph being joined: a few lines, so plain concatenation.
    private string pending = string.Empty;

    public void Add(string line, List<string> chunks)
    {
        if (!join)
        {
            chunks.Add(line);
            return;
        }

        if (pending.Length > 0 && EndsParagraph(pending, line))
        {
            Flush(chunks);
        }

        // Two words of a Latin name broken apart get their space back.
        pending += pending.Length > 0 && char.IsAsciiLetter(pending[^1]) && char.IsAsciiLetter(line[0]) ? " " + line : line;
    }

    public void Flush(List<string> chunks)
    {
        if (pending.Length > 0)
        {
            chunks.Add(pending);
            pending = string.Empty;
        }
    }

    private static bool EndsParagraph(string paragraph, string next)
    {
        char last = paragraph[^1];
        if (last is '。' or '！' or '？' or '；' or '!' or '?' or ';')
        {
            return true;
        }

        if (paragraph.EndsWith("报告", StringComparison.Ordinal))
        {
            return true; // a title (…工作年度报告) broken over lines ends there; the text after it is not its sentence
        }

        if (Ordinals.OpensItem(next))
        {
            return true; // also after a colon: an introduction and its list
        }

        // An aside on a line of its own (（此件主动公开）); not an item's ordinal (（三）), whose words follow.
        return last is '）' or ')' && paragraph[0] is '（' or '(' && paragraph.IndexOfAny(['）', ')']) == paragraph.Length - 1
            && !IsOrdinal(paragraph[1..^1]);
    }

    private static bool IsOrdinal(string text) => text.Length > 0 && text.All(c => Ordinals.IsItemNumeral(c) || char.IsAsciiDigit(c));
}
