namespace OpenGovLint.Tests.Support;

/// <summary>
/// A web page's text with every cell, heading and paragraph on a line of its own (spec §8; real: sanming, putian), with
/// the breaks page extraction adds when asked: labels, headers and headings in pieces, item numbers apart, prose broken
/// around its numbers, figures broken over two lines where the row's relation joins them back one way only.
/// </summary>
internal static class CellLineWriter
{
    public static List<string> Lines(GeneratedReport report, RenderNoise noise, Random random, bool withTitle)
    {
        var breaker = new LineBreaker(random);
        var broken = noise.HasFlag(RenderNoise.SplitNumbers) ? BrokenFigures(report, breaker, random) : [];
        bool headings = noise.HasFlag(RenderNoise.SplitHeadings);
        bool prose = noise.HasFlag(RenderNoise.ProseBreaks);
        var lines = new List<string>();
        foreach (var item in PageItems.Of(report, withTitle))
        {
            IEnumerable<string> pieces = item.Kind switch
            {
                PageItemKind.Title when headings && random.NextDouble() < 0.6 => [report.Agency, item.Text[report.Agency.Length..]],
                PageItemKind.Heading when headings => breaker.Heading(item.Text),
                PageItemKind.SubHeading when headings => breaker.SubHeading(item.Text),
                PageItemKind.Paragraph or PageItemKind.Closing when prose => breaker.Prose(item.Text),
                PageItemKind.Caption when noise.HasFlag(RenderNoise.SplitCaptions) => breaker.Caption(item.Text),
                PageItemKind.Header when noise.HasFlag(RenderNoise.SplitHeaders) => breaker.Header(item.Text),
                PageItemKind.Label => breaker.Label(item.Text, noise),
                PageItemKind.Value when broken.TryGetValue((item.RowKey!, item.Column), out var parts) => [parts.First, parts.Second],
                _ => [item.Text],
            };
            lines.AddRange(pieces);
        }

        return lines;
    }

    /// <summary>What an archive that drops every line equal to the line before it keeps of <paramref name="lines"/>.</summary>
    public static List<string> Collapse(IEnumerable<string> lines)
    {
        var kept = new List<string>();
        foreach (string line in lines)
        {
            if (kept.Count == 0 || kept[^1] != line)
            {
                kept.Add(line);
            }
        }

        return kept;
    }

    /// <summary>
    /// Figures of tables 3 and 4 to break over two lines: one or two per chosen row, kept only when joining adjacent
    /// lines gives exactly one reading that satisfies the row's relation, so the layout stays lossless.
    /// </summary>
    private static Dictionary<(string Key, int Column), (string First, string Second)> BrokenFigures(GeneratedReport report, LineBreaker breaker, Random random)
    {
        var broken = new Dictionary<(string Key, int Column), (string First, string Second)>();
        foreach (var row in report.Table3.Append(report.Table4))
        {
            if (random.NextDouble() >= 0.35)
            {
                continue;
            }

            var texts = row.Values.Select(Figures.Format).ToArray();
            var candidates = Enumerable.Range(0, texts.Length).Where(i => texts[i].Length >= 2).OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToArray();
            var chosen = new Dictionary<int, (string First, string Second)>();
            foreach (int column in candidates)
            {
                if (breaker.Figure(texts[column]) is not { } parts)
                {
                    continue;
                }

                chosen[column] = parts;
                var pieces = Enumerable.Range(0, texts.Length).SelectMany(i => chosen.TryGetValue(i, out var p) ? new[] { p.First, p.Second } : new[] { texts[i] }).ToArray();
                if (Readings.Joinings(pieces, texts.Length, FigureRelation.Of(row.Key)) != 1)
                {
                    chosen.Remove(column);
                }
            }

            foreach (var (column, parts) in chosen)
            {
                broken[(row.Key, column)] = parts;
            }
        }

        return broken;
    }
}
