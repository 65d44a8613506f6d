namespace OpenGovLint.Tests.Support;

/// <summary>Which noise a layout can carry, and a plausible random choice of it.</summary>
internal static class RenderNoiseChoice
{
    /// <summary>The breaks page extraction adds to text with a cell per line.</summary>
    private const RenderNoise LineBreaks = RenderNoise.SplitGroupLabels | RenderNoise.ItemNumbersApart | RenderNoise.SplitQuotes | RenderNoise.SplitLongLabels
        | RenderNoise.SplitHeaders | RenderNoise.SplitCaptions | RenderNoise.SplitHeadings | RenderNoise.ProseBreaks;

    /// <summary>The noise that applies to <paramref name="layout"/>.</summary>
    public static RenderNoise Applicable(ReportLayout layout) => RenderNoise.ArchiveHeader | layout switch
    {
        ReportLayout.Canonical => RenderNoise.None,
        ReportLayout.TabSeparated => RenderNoise.Crlf | RenderNoise.HalfWidthLabels,
        ReportLayout.PipeRows => RenderNoise.HalfWidthLabels,
        ReportLayout.CellPerLine => RenderNoise.Crlf | LineBreaks | RenderNoise.SplitNumbers,
        ReportLayout.Collapsed => RenderNoise.Crlf | LineBreaks,
        ReportLayout.Flattened => RenderNoise.SpacedCells | RenderNoise.SpacedButLastJoined | RenderNoise.StraySpaces | RenderNoise.SiteChrome,
        _ => RenderNoise.WrongHeader | RenderNoise.SplitHeaderCells | RenderNoise.PageFooters | RenderNoise.LabelValueLines | RenderNoise.HalfWidthLabels | RenderNoise.ApplicantHeading,
    };

    /// <summary>
    /// Each applicable noise with even odds, except that a flattened page spaces its cells one way or not at all, and
    /// nothing that a known defect of the reader forbids (<see cref="KnownDefects"/>).
    /// </summary>
    public static RenderNoise For(ReportLayout layout, Random random)
    {
        var noise = RenderNoise.None;
        foreach (var flag in Enum.GetValues<RenderNoise>())
        {
            if (flag != RenderNoise.None && Applicable(layout).HasFlag(flag) && random.NextDouble() < 0.5)
            {
                noise |= flag;
            }
        }

        if (noise.HasFlag(RenderNoise.SpacedCells) && noise.HasFlag(RenderNoise.SpacedButLastJoined))
        {
            noise &= random.NextDouble() < 0.5 ? ~RenderNoise.SpacedCells : ~RenderNoise.SpacedButLastJoined;
        }

        return KnownDefects.Avoid(noise, random);
    }
}
