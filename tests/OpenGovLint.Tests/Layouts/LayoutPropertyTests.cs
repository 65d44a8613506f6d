using System.Globalization;
using OpenGovLint.Tests.Support;
using Xunit.Abstractions;

namespace OpenGovLint.Tests.Layouts;

/// <summary>
/// Properties that hold the reader to "never a wrong figure", each over a few hundred generated reports in every
/// layout of spec §5, §6 and §8 with random noise: all six parts and three tables found; every figure read is the
/// truth, or its row is unresolved or unread; a layout that loses nothing is read completely; a consistent report
/// gets no error-level finding. The share of figures read per layout is printed, to show the reader's progress.
/// </summary>
public sealed class LayoutPropertyTests : IClassFixture<LayoutReadings>
{
    private readonly LayoutReadings readings;
    private readonly ITestOutputHelper output;

    public LayoutPropertyTests(LayoutReadings readings, ITestOutputHelper output)
    {
        this.readings = readings;
        this.output = output;
    }

    public static TheoryData<string> AllLayouts() => Names(LayoutRenderer.Layouts);

    public static TheoryData<string> LosslessLayouts() =>
        Names(LayoutRenderer.Layouts.Where(l => l is not (ReportLayout.Collapsed or ReportLayout.Flattened)));

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void All_six_parts_and_three_tables_are_found(string layout)
    {
        var checks = Read(layout);
        var failures = checks.Where(c => c.Parts != 6 || c.Tables != 3).Select(c => c.Describe($"parts {c.Parts}/6, tables {c.Tables}/3")).ToList();
        Assert.True(failures.Count == 0, Summary(failures, checks.Count));
    }

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void Every_figure_read_is_the_truth(string layout)
    {
        var checks = Read(layout);
        var failures = checks.Where(c => c.WrongRows.Count > 0).Select(c => c.Describe("figures other than the truth")).ToList();
        Assert.True(failures.Count == 0, Summary(failures, checks.Count));
    }

    [Theory]
    [MemberData(nameof(LosslessLayouts))]
    public void A_layout_that_loses_nothing_is_read_completely(string layout)
    {
        var checks = Read(layout);
        var failures = checks.Where(c => c.FiguresRead < c.Figures).Select(c => c.Describe($"figures {c.FiguresRead}/{c.Figures}")).ToList();
        Assert.True(failures.Count == 0, Summary(failures, checks.Count));
    }

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void A_row_the_text_determines_is_read(string layout)
    {
        // Determined by the row's own relation (a collapsed 2 / 1 / 0 / 3 can only be 2 1 0 0 0 0 3): every reading the
        // table's relations allow agrees on it, so the reader has no reason to leave it.
        var checks = Read(layout);
        var failures = checks
            .Where(c => c.UnreadRows.Keys.Except(KnownDefects.Unread(c.Rendered)).Any())
            .Select(c => c.Describe($"{c.UnreadRows.Count} determined rows unread"))
            .ToList();
        Assert.True(failures.Count == 0, Summary(failures, checks.Count));
    }

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void A_consistent_report_gets_no_error(string layout)
    {
        var checks = Read(layout);
        var failures = checks.Where(c => c.Errors.Count > 0).Select(c => c.Describe($"{c.Errors.Count} errors")).ToList();
        Assert.True(failures.Count == 0, Summary(failures, checks.Count));
    }

    [Theory]
    [MemberData(nameof(AllLayouts))]
    public void The_share_of_figures_read_is_printed(string layout)
    {
        var checks = Read(layout);
        int figures = checks.Sum(c => c.Figures), read = checks.Sum(c => c.FiguresRead);
        int determined = checks.Sum(c => c.DeterminedFigures), determinedRead = checks.Sum(c => c.DeterminedRead);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{layout}: {checks.Count} reports; figures read {read}/{figures} ({100.0 * read / figures:F1} %); of rows the text determines {determinedRead}/{determined} ({100.0 * determinedRead / determined:F1} %); parts {checks.Sum(c => c.Parts)}/{6 * checks.Count}; tables {checks.Sum(c => c.Tables)}/{3 * checks.Count}; reports with errors {checks.Count(c => c.Errors.Count > 0)}"));
        Assert.Equal(LayoutReadings.Seeds, checks.Count);
        Assert.InRange(read, 1, figures);
    }

    private IReadOnlyList<ReadingCheck> Read(string layout) => readings.Of(Enum.Parse<ReportLayout>(layout));

    private static string Summary(List<string> failures, int count) =>
        $"{failures.Count} of {count} reports fail:\n" + string.Join("\n", failures.Take(5));

    private static TheoryData<string> Names(IEnumerable<ReportLayout> layouts)
    {
        var data = new TheoryData<string>();
        foreach (var layout in layouts)
        {
            data.Add(layout.ToString());
        }

        return data;
    }
}
