using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Tests.Parsing;

/// <summary>Where the statistics period statement is read from, and how a statement broken over lines is read.</summary>
public sealed class StatisticsPeriodTests
{
    private const string Title = "# 示范局2025年政府信息公开工作年度报告\n\n";

    [Fact]
    public void AStatementInAComment_IsNotTheReportsStatement()
    {
        // A converted draft keeps what the conversion could not settle as a comment, quoting the old statement.
        string draft = Title + "<!-- opengovlint: OGL4003 统计期限“统计期限自”书写不完整 -->\n本报告统计期限自2025年1月1日至2025年12月31日。\n";

        var document = ReportParser.Parse(draft);

        Assert.NotNull(document.Period);
        Assert.True(document.Period.IsWellFormed);
        Assert.Equal(4, document.Text.GetLineRange(document.Period.Span).Start.Line + 1); // the line under the comment
    }

    [Fact]
    public void AStatementOnlyInACommentOrCode_LeavesThePeriodMissing()
    {
        string draft = Title + "<!-- 统计期限自2025年1月1日至2025年12月31日 -->\n\n```\n统计期限自2025年1月1日至2025年12月31日\n```\n\n正文。\n";

        var result = new ReportAnalyzer().Analyze(draft);

        Assert.Null(result.Document!.Period);
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL4003" && d.Message.Contains("缺少", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("本报告统计期限自\n202\n5\n年1月1日起至12月31日止。")] // broken inside the year, as text extracted from a PDF is
    [InlineData("本报告统计期限自2025年\n1月1日至2025年\n12月31日。")]
    [InlineData("本报告统计期限自 \n 2025年1月1日至2025年12月31日。")]
    public void AStatementBrokenOverTheLinesOfItsParagraph_IsReadWhole(string paragraph)
    {
        var result = new ReportAnalyzer().Analyze(Title + paragraph + "\n");

        var period = result.Document!.Period;
        Assert.NotNull(period);
        Assert.True(period.IsWellFormed, period.Text);
        Assert.Equal(2025, period.StartYear);
        Assert.Equal(2025, period.EndYear);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL4003");
    }

    [Fact]
    public void AnIncompleteStatement_StaysIncomplete_WhenTheNextLinesDoNotCompleteIt()
    {
        var result = new ReportAnalyzer().Analyze(Title + "本报告统计期限自\n2025年全年。\n");

        Assert.False(result.Document!.Period!.IsWellFormed);
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL4003");
    }

    [Fact]
    public void AStatementIsNotJoinedAcrossParagraphs()
    {
        // A blank line ends a paragraph: what follows it is not the statement's sentence.
        var result = new ReportAnalyzer().Analyze(Title + "本报告统计期限自\n\n2025年1月1日至2025年12月31日。\n");

        Assert.False(result.Document!.Period!.IsWellFormed);
    }
}
