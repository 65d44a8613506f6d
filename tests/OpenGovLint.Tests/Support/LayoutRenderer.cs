namespace OpenGovLint.Tests.Support;

/// <summary>
/// Renders a generated report in one of the layouts real reports arrive in (spec §5, §6, §8; corpus LAYOUTS.md),
/// faithfully to what the layout is, with optional noise, and says which rows the rendering leaves undetermined (by
/// each row's own relation: R3.1 for a table-3 row, R4.1 for table 4, none for table 2).
/// </summary>
internal static class LayoutRenderer
{
    public static IReadOnlyList<ReportLayout> Layouts { get; } = Enum.GetValues<ReportLayout>();

    /// <summary>The report in <paramref name="layout"/> with noise chosen from <paramref name="noiseSeed"/>.</summary>
    public static RenderedReport Render(GeneratedReport report, ReportLayout layout, int noiseSeed)
    {
        var random = new Random(noiseSeed);
        return Render(report, layout, RenderNoiseChoice.For(layout, random), random);
    }

    /// <summary>The report in <paramref name="layout"/> with the given noise (what does not apply to the layout is ignored).</summary>
    public static RenderedReport Render(GeneratedReport report, ReportLayout layout, RenderNoise noise, Random random)
    {
        noise &= RenderNoiseChoice.Applicable(layout);
        var lines = noise.HasFlag(RenderNoise.ArchiveHeader) ? ArchiveHeader.Lines(report, random) : [];

        // Archived page text often has the title only in the archive's header (putian, sanming).
        bool withTitle = lines.Count == 0 || layout is not (ReportLayout.CellPerLine or ReportLayout.Collapsed) || random.NextDouble() < 0.5;
        lines.AddRange(layout switch
        {
            ReportLayout.Canonical => CanonicalWriter.Lines(report, random),
            ReportLayout.TabSeparated => PastedWriter.Lines(report, pipes: false, noise, random),
            ReportLayout.PipeRows => PastedWriter.Lines(report, pipes: true, noise, random),
            ReportLayout.CellPerLine => CellLineWriter.Lines(report, noise, random, withTitle),
            ReportLayout.Collapsed => CellLineWriter.Collapse(CellLineWriter.Lines(report, noise & ~RenderNoise.SplitNumbers, random, withTitle)),
            ReportLayout.Flattened => [FlattenedWriter.Text(report, noise, random)],
            _ => PdfMarkdownWriter.Lines(report, noise, random),
        });
        string newline = noise.HasFlag(RenderNoise.Crlf) ? "\r\n" : "\n";
        string text = string.Join(newline, lines) + (random.NextDouble() < 0.7 ? newline : string.Empty);
        return new RenderedReport(report, layout, noise, text, Undetermined(report, layout));
    }

    /// <summary>
    /// Rows whose figures the layout does not determine: a collapsed row with two or more expansions, a flattened row
    /// with two or more splits of its digits (spaces are not separators), under the row's own relation.
    /// </summary>
    private static HashSet<string> Undetermined(GeneratedReport report, ReportLayout layout)
    {
        var undetermined = new HashSet<string>(StringComparer.Ordinal);
        if (layout is not (ReportLayout.Collapsed or ReportLayout.Flattened))
        {
            return undetermined;
        }

        foreach (var (key, values) in report.Truth)
        {
            var relation = FigureRelation.Of(key);
            int readings = layout == ReportLayout.Collapsed
                ? Readings.Expansions(Readings.Collapse(values), values.Length, relation)
                : values.Length == 1 ? 1 : Readings.Splits(string.Concat(values.Select(Figures.Format)), values.Length, relation);
            if (readings != 1)
            {
                undetermined.Add(key);
            }
        }

        return undetermined;
    }
}
