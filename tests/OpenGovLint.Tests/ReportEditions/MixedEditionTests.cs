using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>Reports that mix editions, and pairs of years across editions.</summary>
public sealed class MixedEditionTests
{
    private static string Canonical => File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md"));

    [Fact]
    public void Sample003_SingleRowOtherHandling_IsReportedAsMixedEditions_Once()
    {
        var result = new ReportAnalyzer().Analyze(Fixtures.ReadSample("003_c6807d1f74da1006"));
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "OGL1009");
        Assert.Contains("2019 年试行格式", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2021 年格式", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL1008");
        Assert.Equal(FixApplicability.Unsafe, Assert.Single(finding.Fixes).Applicability);
    }

    [Fact]
    public void AnAllZeroSingleRow_IsRewrittenAsTheThreeItems_ByTheUnsafeFix()
    {
        const string six = "| （六）其他处理 |  |  |  |  |  |  |  |\n| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
        Assert.Contains(six, Canonical, StringComparison.Ordinal);
        string mixed = Canonical.Replace(six, "| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", StringComparison.Ordinal);

        var safeOnly = new FixAllRunner().Run(mixed, AnalysisOptions.Default, includeUnsafe: false);
        Assert.Equal(mixed, safeOnly.Text);

        var result = new FixAllRunner().Run(mixed, AnalysisOptions.Default, includeUnsafe: true);
        Assert.Equal(Canonical, result.Text);
        Assert.Empty(result.Remaining.Diagnostics);
    }

    [Fact]
    public void ANonZeroSingleRow_HasNoFix_ItsFiguresCannotBeSplitAmongTheItems()
    {
        const string six = "| （六）其他处理 |  |  |  |  |  |  |  |\n| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
        string mixed = Canonical.Replace(six, "| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |", StringComparison.Ordinal)
            .Replace("| （七）总计 | 19 | 3 | 0 | 1 | 1 | 0 | 24 |", "| （七）总计 | 20 | 3 | 0 | 1 | 1 | 0 | 25 |", StringComparison.Ordinal)
            .Replace("| 四、结转下年度继续办理 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |", "| 四、结转下年度继续办理 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |", StringComparison.Ordinal);
        var result = new ReportAnalyzer().Analyze(mixed);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "OGL1009");
        Assert.Empty(finding.Fixes);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("OGL300", StringComparison.Ordinal));
    }

    [Fact]
    public void ATrialReportWithTheThreeItems_OfAllZeros_IsRewrittenAsTheSingleRow()
    {
        string trial = EditionFixtures.Read("trial-2020-pipe.md");
        const string single = "| （六）其他处理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |";
        Assert.Contains(single, trial, StringComparison.Ordinal);
        string items = "| （六）其他处理 |  |  |  |  |  |  |  |\n| 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n| 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |";
        string withItems = trial.Replace(single, items, StringComparison.Ordinal)
            .Replace("| （七）总计 | 19 | 2 | 0 | 1 | 0 | 0 | 22 |", "| （七）总计 | 18 | 2 | 0 | 1 | 0 | 0 | 21 |", StringComparison.Ordinal)
            .Replace("| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |", "| 四、结转下年度继续办理 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |", StringComparison.Ordinal);

        var finding = Assert.Single(new ReportAnalyzer().Analyze(withItems).Diagnostics, d => d.Id == "OGL1009");
        Assert.Contains("1.申请人无正当理由逾期不补正", finding.Message, StringComparison.Ordinal);
        var result = new FixAllRunner().Run(withItems, AnalysisOptions.Default, includeUnsafe: true, d => d.Id == "OGL1009");
        Assert.Contains("| （六）其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", result.Text, StringComparison.Ordinal);
        Assert.Equal(TableEdition.Trial2019, ReportParser.Parse(result.Text).Table3!.LayoutEdition);
    }

    [Fact]
    public void ATableWithBothEditionsMarks_IsOneFinding_NamingBoth()
    {
        string trial = EditionFixtures.Read("trial-2020-pipe.md");
        string mixed = trial.Replace(
            "| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n| --- | --- | --- | --- |\n| 行政许可 | 120 | -8 | 1350 |\n| 其他对外管理服务事项 | 12 | 3 | 40 |",
            "| 信息内容 | 本年处理决定数量 |\n| --- | --- |\n| 行政许可 | 1350 |",
            StringComparison.Ordinal);
        var document = ReportParser.Parse(mixed);
        Assert.Equal(TableEdition.Mixed, document.Table2!.LayoutEdition);
        Assert.Equal([1350m], document.Table2.Row("T2.Licensing")!.Values.Select(v => v.Number!.Value));
        Assert.Equal([36m, 5, 210], document.Table2.Row("T2.Trial.Punishment")!.Values.Select(v => v.Number!.Value));

        var result = new ReportAnalyzer().Analyze(mixed);
        var finding = Assert.Single(result.Diagnostics, d => d.Id == "OGL1009");
        Assert.Contains("混用", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OGL2003" or "OGL2004");
    }

    [Fact]
    public void CrossEditionPairs_CompareTheCarryOver_NotTheDocumentCounts()
    {
        var previous = ReportParser.Parse(EditionFixtures.Read("trial-2020-pipe.md"));
        string current = Canonical.Replace("2025", "2021", StringComparison.Ordinal).Replace("2026", "2022", StringComparison.Ordinal);
        var result = new ReportAnalyzer().Analyze(current, AnalysisOptions.Default with { PreviousYear = previous });

        // Last year carried 2 0 0 0 0 0 2 forward; this year carries over 2 1 0 0 0 0 3: 商业企业 and 总计 differ.
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "OGL3101"));

        // 对外公开总数量 (42) is not 现行有效件数: no valid-documents check across the editions.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL3102");
    }
}
