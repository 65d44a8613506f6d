using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>The readers the editions added, each on its own: cell formats, joined cells, block plans, run splits, the appendix, broken headings.</summary>
public sealed class EditionReaderTests
{
    [Theory]
    [InlineData("-4", -4)]
    [InlineData("＋3", 3)]
    [InlineData("增3", 3)]
    [InlineData("减 2", -2)]
    [InlineData("增加5", 5)]
    [InlineData("0", 0)]
    public void SignedChanges_AreReadWithTheirSign(string text, int expected)
    {
        var value = FormattedValueReader.Read(Cell(text), CellFormat.SignedCount);
        Assert.Equal(ValueKind.Number, value.Kind);
        Assert.Equal(expected, value.Number);
    }

    [Theory]
    [InlineData("增-3")]
    [InlineData("--3")]
    [InlineData("3.5")]
    public void ASignedCellThatSaysTwoThings_OrADecimal_IsInvalid(string text) =>
        Assert.Equal(ValueKind.Invalid, FormattedValueReader.Read(Cell(text), CellFormat.SignedCount).Kind);

    [Fact]
    public void ACountIsNeverNegative() =>
        Assert.Equal(ValueKind.Invalid, FormattedValueReader.Read(Cell("-4"), CellFormat.Count).Kind);

    [Theory]
    [InlineData("251000元", 251000, "元")]
    [InlineData("8.175万元", 8.175, "万元")]
    [InlineData("8.175万 元", 8.175, "万元")]
    [InlineData("1.8533万", 1.8533, "万元")]
    [InlineData("0.5", 0.5, null)]
    public void Amounts_AreReadWithTheirUnit(string text, double number, string? unit)
    {
        var value = FormattedValueReader.Read(Cell(text), CellFormat.Amount);
        Assert.Equal((decimal)number, value.Number);
        Assert.Equal(unit, value.Unit);
        Assert.True(ValueReader.IsValueLike(text));
    }

    [Fact]
    public void ASignWordAndAUnitOnLinesOfTheirOwn_JoinTheFigureTheyBelongTo()
    {
        TableCell[] cells = [Cell("行政许可", 0), Cell("2", 1), Cell("增", 2), Cell("3", 3), Cell("7", 4), Cell("政府集中采购", 5), Cell("4", 6), Cell("8.175万", 7), Cell("元", 8)];
        var joined = SignedCellJoiner.Join(cells);
        Assert.Equal(["行政许可", "2", "增 3", "7", "政府集中采购", "4", "8.175万 元"], joined.Select(c => c.Text));
        Assert.Equal(TextSpan.FromBounds(cells[2].Span.Start, cells[3].Span.End), joined[2].Span);
    }

    [Fact]
    public void ASignWordBeforeALabel_IsLeftAlone()
    {
        TableCell[] cells = [Cell("增", 0), Cell("行政许可", 1)];
        Assert.Same(cells, SignedCellJoiner.Join(cells));
    }

    [Fact]
    public void EachBlockOfTable2_IsReadInTheEditionItsColumnsShow()
    {
        TableCell[] cells =
        [
            Cell("第二十条第（一）项", 0), Cell("信息内容", 1), Cell("本年制发件数", 2), Cell("本年废止件数", 3), Cell("现行有效件数", 4), Cell("规章", 5), Cell("0", 6),
            Cell("第二十条第（五）项", 7), Cell("信息内容", 8), Cell("上一年项目数量", 9), Cell("本年增/减", 10), Cell("处理决定数量", 11), Cell("行政许可", 12), Cell("3", 13),
            Cell("第二十条第（六）项", 14), Cell("信息内容", 15), Cell("行政处罚", 16), Cell("5", 17),
        ];
        var plan = Table2EditionPlan.Plan(cells, ReportEdition.Edition2021);
        Assert.Equal(ReportEdition.Edition2021, plan[5]);
        Assert.Equal(ReportEdition.Trial2019, plan[12]);

        // Block (六) shows no columns of either edition: it takes the report's edition when the table is split evenly.
        Assert.Equal(ReportEdition.Edition2021, plan[16]);
        Assert.Equal(ReportEdition.Trial2019, Table2EditionPlan.Plan(cells, ReportEdition.Trial2019)[16]);
    }

    [Fact]
    public void ATableWithoutColumns_TakesTheReportsEdition()
    {
        TableCell[] cells = [Cell("第二十条第（五）项", 0), Cell("行政许可", 1), Cell("3", 2)];
        Assert.All(Table2EditionPlan.Plan(cells, ReportEdition.Trial2019), e => Assert.Equal(ReportEdition.Trial2019, e));
        Assert.All(Table2EditionPlan.Plan(cells, ReportEdition.Before2019), e => Assert.Equal(ReportEdition.Edition2021, e));
    }

    [Theory]
    [InlineData("行政事业性收费35-15", new[] { 35.0, -15.0 })]
    [InlineData("规章007", new[] { 0.0, 0.0, 7.0 })]
    [InlineData("行政强制406", new[] { 4.0, 0.0, 6.0 })]
    [InlineData("政府集中采购00", new[] { 0.0, 0.0 })]
    [InlineData("政府集中采购05.5元", new[] { 0.0, 5.5 })]
    public void AFlattenedTrialRow_IsSplitWhenItsFormatsLeaveOneReading(string text, double[] expected)
    {
        var table2 = ReadFlattenedTable2(text);
        var row = Assert.Single(table2.Rows);
        Assert.Equal(RowReading.Split, row.Reading == RowReading.AsWritten ? RowReading.Split : row.Reading);
        Assert.Equal(expected.Select(e => (decimal)e), row.Values.Select(v => v.Number!.Value));
    }

    [Theory]
    [InlineData("规范性文件898989")]
    [InlineData("行政处罚2648-18538")]
    [InlineData("政府集中采购13575394432.52元")]
    public void AFlattenedTrialRowWithSeveralReadings_StaysUnresolved_WithItsFiguresValid(string text)
    {
        var row = Assert.Single(ReadFlattenedTable2(text).Rows);
        Assert.Equal(RowReading.Unresolved, row.Reading);
        Assert.True(row.Readings > 1);
        Assert.All(row.Values, v => Assert.Equal(ValueKind.Number, v.Kind));
    }

    [Fact]
    public void AHeadingBrokenOverSeveralLines_IsJoined_WhenThePiecesAreAKnownTitle()
    {
        const string text = "前言\n一\n、\n总体情况\n正文\n三、\n收到和处理\n政府信息\n公开申请\n情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n";
        var sections = ReportParser.Parse(text).Sections;
        Assert.Equal([SectionKind.Overview, SectionKind.Applications], sections.Select(s => s.Kind));
        Assert.All(sections, s => Assert.Equal(TitleMatch.Canonical, s.Match));
        Assert.Equal("收到和处理政府信息公开申请情况", sections[1].Title);
    }

    [Fact]
    public void ALoneOrdinalAboveOrdinaryLines_IsNoHeading()
    {
        const string text = "前言\n三、\n我们将继续\n加强培训\n";
        Assert.Empty(ReportParser.Parse(text).Sections);
    }

    [Fact]
    public void AnAppendixWithOneColumn_IsReadPerLine_AndEndsAtTheSignature()
    {
        const string text = "报告正文。\n七、附表\n指\n标\n名\n称\n计量单位\n年末统计\n主动公开信息数\n条\n36\n公开查阅点利用件次\n件次\n网站访问量\n人次\n9104\n莆田市科技局\n二〇一〇年三月三十一日\n";
        var appendix = StatisticsAppendixReader.Read(new SourceText(text))!;
        Assert.Equal(1, appendix.ValueColumns);
        Assert.Equal(["主动公开信息数", "公开查阅点利用件次", "网站访问量"], appendix.Rows.Select(r => r.Label));
        Assert.Equal(["条", "件次", "人次"], appendix.Rows.Select(r => r.Unit));
        Assert.Empty(appendix.Rows[1].Values);
        Assert.Equal(9104m, appendix.Rows[2].ThisYear(appendix)!.Number);
    }

    [Fact]
    public void ASpacedAppendix_TakesTheSpaceAsTheColumnBoundary()
    {
        const string text = "附件 指标名称 单位 2016年 历年累计 主动公开文件数 条 116 523 其中：1同意公开答复数 条 0 0 行政复议数 条 2 7 附件下载";
        var appendix = StatisticsAppendixReader.Read(new SourceText(text))!;
        Assert.Equal(2, appendix.ValueColumns);
        Assert.Equal(["主动公开文件数", "其中：1同意公开答复数", "行政复议数"], appendix.Rows.Select(r => r.Label));
        Assert.Equal([116m, 523m], appendix.Rows[0].Values.Select(v => v.Number!.Value));
        Assert.Equal([2m, 7m], appendix.Rows[2].Values.Select(v => v.Number!.Value));
    }

    [Fact]
    public void NoAppendixWithoutItsHeader() =>
        Assert.Null(StatisticsAppendixReader.Read(new SourceText("主动公开信息数条36\n")));

    private static Table2 ReadFlattenedTable2(string row)
    {
        // A flattened report line long enough to be read as one (spec §8), holding a trial block and the row.
        string header = new string('文', 300) + "二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量";
        string text = header + row + "三、收到和处理政府信息公开申请情况";
        return ReportParser.Parse("# 示范县2020年政府信息公开工作年度报告\n\n" + text + "\n").Table2!;
    }

    private static TableCell Cell(string text, int line = 0) => new(text, new TextSpan(line * 100, text.Length), line);
}
