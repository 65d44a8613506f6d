using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Layouts;

/// <summary>One committed layout fixture: its file name, and the seed, layout and noise it was rendered from.</summary>
internal sealed record LayoutFixture(string File, int Seed, ReportLayout Layout, RenderNoise Noise)
{
    /// <summary>The fixtures of Fixtures/layouts: one report per layout, each of another body and, as far as five years go, another year.</summary>
    public static IReadOnlyList<LayoutFixture> All { get; } =
    [
        new("canonical_2024.md", 12, ReportLayout.Canonical, RenderNoise.None),
        new("tab_separated_2021.md", 22, ReportLayout.TabSeparated, RenderNoise.HalfWidthLabels | RenderNoise.Crlf),
        new("pipe_rows_2025.md", 28, ReportLayout.PipeRows, RenderNoise.HalfWidthLabels),
        new("cell_per_line_2023.txt", 16, ReportLayout.CellPerLine, RenderNoise.ArchiveHeader | RenderNoise.Crlf | RenderNoise.SplitNumbers | RenderNoise.SplitCaptions | RenderNoise.SplitHeadings | RenderNoise.ProseBreaks),
        new("collapsed_2022.txt", 49, ReportLayout.Collapsed, RenderNoise.ArchiveHeader | RenderNoise.SplitGroupLabels | RenderNoise.ItemNumbersApart | RenderNoise.SplitQuotes | RenderNoise.SplitLongLabels | RenderNoise.SplitHeaders | RenderNoise.SplitHeadings | RenderNoise.ProseBreaks),
        new("flattened_2024.txt", 21, ReportLayout.Flattened, RenderNoise.ArchiveHeader | RenderNoise.SiteChrome | RenderNoise.StraySpaces),
        new("pdf_markdown_2025.md", 37, ReportLayout.PdfMarkdown, RenderNoise.WrongHeader | RenderNoise.SplitHeaderCells | RenderNoise.PageFooters | RenderNoise.LabelValueLines | RenderNoise.HalfWidthLabels),
    ];

    /// <summary>The rendering this fixture holds, byte for byte.</summary>
    public RenderedReport Render() => LayoutRenderer.Render(ReportGenerator.Generate(Seed), Layout, Noise, new Random(Seed));

    public override string ToString() => File;
}
