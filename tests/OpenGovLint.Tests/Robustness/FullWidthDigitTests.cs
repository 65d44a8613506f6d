using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Tests.Robustness;

/// <summary>
/// Years written in full-width digits (２０２４年) are common in Chinese drafts; the long fuzz run found that they made
/// the parser throw (a regex's \d matches them, int.Parse does not). They are read as the years they are.
/// </summary>
public sealed class FullWidthDigitTests
{
    [Fact]
    public void FullWidthYearsAreRead()
    {
        string text = "# 示范局２０２４年政府信息公开工作年度报告\n\n本报告中所列数据的统计期限自２０２４年1月1日起至2024年12月31日止。\n";
        var document = ReportParser.Parse(text);
        Assert.Equal(2024, document.Title!.Year);
        Assert.Equal(2024, document.Period!.StartYear);
        Assert.Equal(2024, document.Period.EndYear);

        var result = new ReportAnalyzer().Analyze(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OGL9001" or "OGL4002");
    }

    [Theory]
    [InlineData("02᥋5")]
    [InlineData("1１２9")]
    [InlineData("１２25")]
    public void DigitsOfAnyScriptNeverThrow(string year)
    {
        string text = $"# 示范局{year}年政府信息公开工作年度报告\n\n统计期限为{year}年1月1日至{year}年12月31日。\n";
        var result = new ReportAnalyzer().Analyze(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL9001");
    }
}
