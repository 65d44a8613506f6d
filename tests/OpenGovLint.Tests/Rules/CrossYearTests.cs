using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Rules;

/// <summary>Two consecutive years of one body: carry-over and valid-document counts, and pairing the reports.</summary>
public sealed class CrossYearTests
{
    private static string Read(string name) => File.ReadAllText(Path.Combine(Fixtures.Root, "cross-year", name));

    [Fact]
    public void CarryOverAndValidDocumentsHoldBetweenConsistentYears()
    {
        var previous = ReportParser.Parse(Read("2024.md"));
        var result = new ReportAnalyzer().Analyze(Read("2025-consistent.md"), AnalysisOptions.Default with { PreviousYear = previous });
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OGL3101" or "OGL3102");
    }

    [Fact]
    public void CarryOverBreakIsReportedOnThisYearsCell()
    {
        var previous = ReportParser.Parse(Read("2024.md"));
        string text = Read("2025-broken.md");
        var result = new ReportAnalyzer().Analyze(text, AnalysisOptions.Default with { PreviousYear = previous });

        var carry = result.Diagnostics.Where(d => d.Id == "OGL3101").ToList();
        Assert.Equal(["自然人", "总计"], carry.Select(d => d.Message.Split('”')[0].TrimStart('“')));
        Assert.All(carry, d => Assert.Contains("2024", d.Message, StringComparison.Ordinal));
        string[] lines = text.Split('\n');
        Assert.All(carry, d => Assert.StartsWith("| 二、上年结转", lines[d.Range.Start.Line], StringComparison.Ordinal));
        Assert.Equal(["1", "2"], carry.Select(d => text[d.Span.Start..d.Span.End]));

        var valid = Assert.Single(result.Diagnostics, d => d.Id == "OGL3102");
        Assert.StartsWith("“行政规范性文件”现行有效件数 16", valid.Message, StringComparison.Ordinal);
        Assert.Equal("16", text[valid.Span.Start..valid.Span.End]);
    }

    [Fact]
    public void WithoutLastYearNothingIsReported()
    {
        var result = new ReportAnalyzer().Analyze(Read("2025-broken.md"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OGL3101" or "OGL3102");
    }

    [Fact]
    public void IndexPairsReportsOfOneBodyInConsecutiveYears()
    {
        var index = PreviousYearIndex.Build(
        [
            ("a/2024.md", ReportParser.Parse(Read("2024.md"))),
            ("a/2025.md", ReportParser.Parse(Read("2025-consistent.md"))),
            ("b/other-2024.md", ReportParser.Parse(Read("2024.md").Replace("示范市数据管理局2024年", "示范县数据管理局2024年", StringComparison.Ordinal))),
            ("c/spaced-2023.md", ReportParser.Parse(Read("2024.md").Replace("示范市数据管理局2024年", "示范市 数据管理局 2023 年", StringComparison.Ordinal))),
        ]);

        Assert.Equal("a/2024.md", index.FindPrevious("a/2025.md")?.Path);
        Assert.Equal("c/spaced-2023.md", index.FindPrevious("a/2024.md")?.Path);
        Assert.Null(index.FindPrevious("b/other-2024.md"));
        Assert.Null(index.FindPrevious("unknown.md"));
        Assert.Equal(2, index.Pairs().Count);
    }

    [Fact]
    public void TwoCopiesOfLastYearAreAmbiguous()
    {
        var index = PreviousYearIndex.Build(
        [
            ("2024.md", ReportParser.Parse(Read("2024.md"))),
            ("2024-copy.md", ReportParser.Parse(Read("2024.md"))),
            ("2025.md", ReportParser.Parse(Read("2025-consistent.md"))),
        ]);

        Assert.Null(index.FindPrevious("2025.md"));
    }
}
