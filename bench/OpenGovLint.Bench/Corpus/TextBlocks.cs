namespace OpenGovLint.Bench.Corpus;

/// <summary>Line and paragraph helpers that keep the document's own line breaks ("\n" or "\r\n").</summary>
internal static class TextBlocks
{
    /// <summary>Splits on "\n"; a "\r" before it stays at the end of its line.</summary>
    public static string[] Lines(string text) => text.Split('\n');

    public static string JoinLines(IEnumerable<string> lines) => string.Join('\n', lines);

    public static bool IsBlank(string line) => line.AsSpan().Trim().IsEmpty;

    /// <summary>A prose line: long enough, no table separators, not a Markdown heading.</summary>
    public static bool IsProse(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length >= 40 && !trimmed.Contains('|') && !line.Contains('\t') && trimmed[0] != '#';
    }

    /// <summary>Indexes of the prose lines that stand alone between blank lines (paragraphs that can move without breaking a table).</summary>
    public static List<int> StandaloneProseLines(string[] lines)
    {
        var result = new List<int>();
        for (int i = 0; i < lines.Length; i++)
        {
            bool blankBefore = i == 0 || IsBlank(lines[i - 1]);
            bool blankAfter = i == lines.Length - 1 || IsBlank(lines[i + 1]);
            if (blankBefore && blankAfter && IsProse(lines[i]))
            {
                result.Add(i);
            }
        }

        return result;
    }
}
