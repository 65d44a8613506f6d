namespace OpenGovLint.Tests.Support;

/// <summary>
/// A Markdown draft whose tables were pasted from a word processor (spec §5): headings as plain lines, the official
/// form's rows as tab-separated rows or as pipe rows without a delimiter row, merged cells flattened.
/// </summary>
internal static class PastedWriter
{
    public static List<string> Lines(GeneratedReport report, bool pipes, RenderNoise noise, Random random)
    {
        bool halfWidth = noise.HasFlag(RenderNoise.HalfWidthLabels);
        string Label(string label) => halfWidth ? Figures.HalfWidth(label).Replace('（', '(').Replace('）', ')') : label;
        bool spaced = random.NextDouble() < 0.6;
        var lines = new List<string>();
        void Block(string line)
        {
            lines.Add(line);
            if (spaced)
            {
                lines.Add(string.Empty);
            }
        }

        Block(report.Prose.Title);
        report.Prose.Preamble.ToList().ForEach(Block);
        for (int i = 0; i < report.Prose.Parts.Count; i++)
        {
            var part = report.Prose.Parts[i];
            Block(part.Heading);
            ProseLines.Of(part, random).ToList().ForEach(Block);
            var grid = i switch
            {
                1 => OfficialGrid.Table2(report, Label),
                2 => OfficialGrid.Table3(report, Label),
                3 => OfficialGrid.Table4(report),
                _ => null,
            };
            if (grid is null)
            {
                continue;
            }

            foreach (var row in grid)
            {
                lines.Add(pipes ? PipeRow(row, random) : TabRow(row, random));
            }

            if (spaced)
            {
                lines.Add(string.Empty);
            }
        }

        report.Prose.Closing.ToList().ForEach(Block);
        return lines;
    }

    /// <summary>Cells joined by tabs; a word processor keeps the trailing empty cells of a row, or not.</summary>
    private static string TabRow(string[] cells, Random random)
    {
        var kept = random.NextDouble() < 0.5 ? cells : cells.Reverse().SkipWhile(c => c.Length == 0).Reverse().ToArray();
        return string.Join('\t', kept);
    }

    /// <summary>A pipe row as pasted: <c>| 第二十条第(一)项 | |||</c>, empty merged cells squeezed.</summary>
    private static string PipeRow(string[] cells, Random random)
    {
        bool squeeze = random.NextDouble() < 0.5;
        return "|" + string.Concat(cells.Select(c => c.Length > 0 ? " " + c + " |" : squeeze ? "|" : " |"));
    }
}
