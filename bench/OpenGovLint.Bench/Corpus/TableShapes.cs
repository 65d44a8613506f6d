namespace OpenGovLint.Bench.Corpus;

/// <summary>Rewrites table rows between the shapes pasted drafts show: pipe rows and tab-separated rows.</summary>
internal static class TableShapes
{
    /// <summary>Tab-separated rows become pipe rows (<c>| a | b |</c>), without a delimiter row, as in pasted drafts.</summary>
    public static string TabsToPipes(string text)
    {
        string[] lines = TextBlocks.Lines(text);
        for (int i = 0; i < lines.Length; i++)
        {
            var (body, cr) = SplitCr(lines[i]);
            if (!body.Contains('\t'))
            {
                continue;
            }

            string[] cells = body.Split('\t').Select(c => c.Trim()).ToArray();
            lines[i] = "| " + string.Join(" | ", cells) + " |" + cr;
        }

        return TextBlocks.JoinLines(lines);
    }

    /// <summary>Pipe rows become tab-separated rows; delimiter rows (<c>|---|</c>) are dropped.</summary>
    public static string PipesToTabs(string text)
    {
        var output = new List<string>();
        foreach (string line in TextBlocks.Lines(text))
        {
            var (body, cr) = SplitCr(line);
            string trimmed = body.Trim();
            if (!trimmed.StartsWith('|'))
            {
                output.Add(line);
                continue;
            }

            string inner = trimmed.Trim('|');
            if (inner.Length > 0 && inner.All(c => c is '-' or ':' or '|' or ' '))
            {
                continue;
            }

            output.Add(string.Join('\t', inner.Split('|').Select(c => c.Trim())) + cr);
        }

        return TextBlocks.JoinLines(output);
    }

    private static (string Body, string Cr) SplitCr(string line) =>
        line.EndsWith('\r') ? (line[..^1], "\r") : (line, string.Empty);
}
