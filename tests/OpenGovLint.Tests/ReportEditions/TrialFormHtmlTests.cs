using OpenGovLint.Tests.Cli;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>The HTML report draws each table as the form of the edition it follows, and no form for a pre-2019 report.</summary>
public sealed class TrialFormHtmlTests
{
    [Fact]
    public async Task ATrialReport_IsDrawnAsTheTrialForm()
    {
        using var folder = new TempFolder();
        folder.Write("trial.md", EditionFixtures.Read("trial-2020-pipe.md"));

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "html", "trial.md");
        var report = HtmlPage.Report(HtmlPage.Parse(result.Stdout), "trial.md");

        var table2 = HtmlPage.Form(report, 2);
        string headers = string.Join("|", table2.Descendants("th").Select(th => th.Value));
        Assert.Contains("第二十条第（九）项", headers, StringComparison.Ordinal);
        Assert.Contains("本年增/减", headers, StringComparison.Ordinal);
        Assert.DoesNotContain("本年制发件数", headers, StringComparison.Ordinal);
        Assert.Contains(table2.Descendants("tr"), tr => tr.Attr("data-row") == "T2.Trial.Procurement" && tr.Value.Contains("251000元", StringComparison.Ordinal));

        // Every body row of the form covers the same grid width: the trial's two-column blocks stretch their last column.
        var rows = table2.Descendants("tr").ToList();
        Assert.All(HtmlPage.GridWidths(rows), w => Assert.Equal(4, w));

        var table3Rows = HtmlPage.Form(report, 3).Descendants("tr").Select(tr => tr.Attr("data-row")).ToList();
        Assert.Contains("T3.OtherHandling", table3Rows);
        Assert.DoesNotContain("T3.OtherHandling.1", table3Rows);
        Assert.Equal(2, report.WithClass("span", "layout").Count(s => s.Value.Contains("2019", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task APre2019Report_HasNoStandardForms()
    {
        using var folder = new TempFolder();
        folder.Write("old.md", EditionFixtures.Read("pre2019-2016-lines.md"));

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "html", "old.md");
        var report = HtmlPage.Report(HtmlPage.Parse(result.Stdout), "old.md");

        Assert.DoesNotContain(report.Descendants("table"), t => t.Attr("data-table") is not null);
        Assert.Contains("2019", report.WithClass("p", "missing-table").Single().Value, StringComparison.Ordinal);
    }
}
