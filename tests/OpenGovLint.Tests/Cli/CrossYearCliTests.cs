using OpenGovLint.Core.Fixes;

namespace OpenGovLint.Tests.Cli;

/// <summary>When the checked files hold last year's report of the same body, the cross-year rules run.</summary>
public sealed class CrossYearCliTests
{
    private const string CarriedOver = "| 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";

    [Fact]
    public async Task LastYearsReport_AmongTheCheckedFiles_IsUsed()
    {
        using var folder = new TempFolder();
        folder.Write("2023/report.md", ReportTemplate.Create("厦门市测试局", 2023));
        folder.Write("2024/report.md", ThisYear("厦门市测试局"));
        folder.Write("other/report.md", ThisYear("厦门市别的局"));

        var together = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", "--verbose", ".");
        var alone = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", "2024/report.md");

        Assert.Contains(together.StdoutLines, l => l.StartsWith("2024/report.md:", StringComparison.Ordinal) && l.Contains(" OGL3101: ", StringComparison.Ordinal));
        Assert.DoesNotContain(together.StdoutLines, l => l.StartsWith("other/", StringComparison.Ordinal) && l.Contains(" OGL3101: ", StringComparison.Ordinal));
        Assert.Contains("opengovlint: 2024/report.md: checked against last year's report 2023/report.md", together.StderrLines);
        Assert.DoesNotContain(alone.StdoutLines, l => l.Contains(" OGL3101: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoCopiesOfLastYearsReport_AreNotGuessedBetween()
    {
        using var folder = new TempFolder();
        folder.Write("a/2023.md", ReportTemplate.Create("厦门市测试局", 2023));
        folder.Write("b/2023.md", ReportTemplate.Create("厦门市测试局", 2023));
        folder.Write("2024.md", ThisYear("厦门市测试局"));

        var result = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", ".");

        Assert.DoesNotContain(result.StdoutLines, l => l.Contains(" OGL3101: ", StringComparison.Ordinal));
    }

    // Carries over one application that last year's report did not carry forward.
    private static string ThisYear(string agency) =>
        ReportTemplate.Create(agency, 2024).Replace(CarriedOver, "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", StringComparison.Ordinal);
}
