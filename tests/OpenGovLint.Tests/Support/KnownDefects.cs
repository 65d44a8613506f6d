namespace OpenGovLint.Tests.Support;

/// <summary>
/// Renderings the reader does not get right yet. The random choice of noise leaves them out, so that the layout
/// properties hold on everything else and fail on any regression there; each entry names its defect. When a defect is
/// fixed, remove its entry: the properties then cover that rendering too.
/// </summary>
internal static class KnownDefects
{
    /// <summary>Noise that is never drawn together, because the pair makes the reader fail.</summary>
    public static IReadOnlyList<(RenderNoise Pair, string Defect)> Pairs { get; } = [];

    /// <summary>Text that line breaks leave whole, because the reader loses it when it is broken.</summary>
    public static IReadOnlySet<string> KeptWhole { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Noise left out of the random choice altogether. <see cref="RenderNoise.ApplicantHeading"/>: a PDF conversion's
    /// <c>### 申请人情况</c> heading over table 3's header row is taken for a part of its own, and table 3 loses every row.
    /// </summary>
    public const RenderNoise Excluded = RenderNoise.None;

    /// <summary>
    /// Rows that <paramref name="rendered"/> determines but the reader may leave unread, by known defect. In flattened
    /// text: a fee with decimals (<c>行政事业性收费394.204三、…</c>) stays unresolved; a sentence of part 四 that states
    /// counts before table 4 (<c>…被申请行政复议3件，被提起行政诉讼54件。行政复议行政诉讼结果维持…</c>) gives table 4 its
    /// numbers as the first cells, and the table's own run of digits is not split; with spaces between the cells, table 4
    /// with several figures of two digits (<c>11 12 13 4 40 0 0 …</c>) or a stray space inside a figure
    /// (<c>45 15 0 0 6 0</c>) is left without a row, and without a finding.
    /// </summary>
    public static IEnumerable<string> Unread(RenderedReport rendered)
    {
        if (rendered.Layout != ReportLayout.Flattened)
        {
            yield break;
        }

        yield break;
    }

    /// <summary>Drops from <paramref name="noise"/> what a known defect forbids: one of each pair, at random.</summary>
    public static RenderNoise Avoid(RenderNoise noise, Random random)
    {
        noise &= ~Excluded;
        foreach (var (pair, _) in Pairs)
        {
            if ((noise & pair) == pair)
            {
                var flags = Enum.GetValues<RenderNoise>().Where(f => f != RenderNoise.None && pair.HasFlag(f)).ToArray();
                noise &= ~flags[random.Next(flags.Length)];
            }
        }

        return noise;
    }
}
