using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>Which edition a report is read as: the title's year, else the period's, else the text's; none is the current one.</summary>
public sealed class EditionDetectionTests
{
    [Theory]
    [InlineData(2025, ReportEdition.Edition2021)]
    [InlineData(2021, ReportEdition.Edition2021)]
    [InlineData(2020, ReportEdition.Trial2019)]
    [InlineData(2019, ReportEdition.Trial2019)]
    [InlineData(2018, ReportEdition.Before2019)]
    [InlineData(2008, ReportEdition.Before2019)]
    public void YearDecidesTheEdition(int year, ReportEdition edition) => Assert.Equal(edition, Editions.ForYear(year));

    [Fact]
    public void TitleYearComesFirst()
    {
        var document = ReportParser.Parse("# 示范县人民政府2020年政府信息公开工作年度报告\n\n本报告统计期限自2021年1月1日起至2021年12月31日止。\n");
        Assert.Equal(ReportEdition.Trial2019, document.Edition.Edition);
        Assert.Equal(EditionSource.Title, document.Edition.Source);
        Assert.Equal(2020, document.Edition.Year);
    }

    [Fact]
    public void PeriodYearWhenTheTitleHasNone()
    {
        var document = ReportParser.Parse("# 示范县人民政府政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n");
        Assert.Equal(ReportEdition.Before2019, document.Edition.Edition);
        Assert.Equal(EditionSource.Period, document.Edition.Source);
        Assert.Equal("统计期限自2017年1月1日起至2017年12月31日止", document.Text.GetText(document.Edition.Span));
    }

    [Fact]
    public void TextYearWhenNeitherHasOne_TheYearMostSentencesOpenWith()
    {
        // Part 五 opens its plans with the next year: the report's own year is the one cited most.
        const string text = "# 示范县人民政府政府信息公开工作年度报告\n\n## 一、总体情况\n\n2019年，我县扎实推进政务公开。2019年，全县新收申请5件。\n\n## 五、存在的主要问题及改进情况\n\n2020年，我县将加强培训。\n";
        var document = ReportParser.Parse(text);
        Assert.Equal(EditionSource.Text, document.Edition.Source);
        Assert.Equal(2019, document.Edition.Year);
        Assert.Equal(ReportEdition.Trial2019, document.Edition.Edition);
    }

    [Fact]
    public void NoYear_IsReadAsTheCurrentEdition_AndSaysSoOnce()
    {
        const string text = "# 示范县人民政府政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度我县扎实推进政务公开。\n";
        var document = ReportParser.Parse(text);
        Assert.Equal(EditionSource.Assumed, document.Edition.Source);
        Assert.Equal(Editions.Current, document.Edition.Edition);
        var result = new ReportAnalyzer().Analyze(text);
        Assert.Single(result.Diagnostics, d => d.Id == "OGL1010");
    }

    [Fact]
    public void TheModelCommandPrintsTheEditionAndEachTablesLayout()
    {
        string dump = ReportModelWriter.Write(ReportParser.Parse(EditionFixtures.Read("trial-2020-pipe.md")));
        Assert.Contains("edition: 2019-trial year=2020 from=title", dump, StringComparison.Ordinal);
        var layouts = dump.Split('\n').Where(l => l.StartsWith("  layout edition: ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["  layout edition: 2019-trial", "  layout edition: 2019-trial", "  layout edition: common"], layouts);
    }
}
