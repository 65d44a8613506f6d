using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Layout.Readers;
using OpenGovLint.Core.Layout.Readers.Markup;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Core.Text;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Formats;

public sealed class HtmlLayoutReaderTests
{
    public static TheoryData<string> RealPages => new(MarkupFixtures.RealPages);

    public static TheoryData<string> Samples => Fixtures.SampleNames();

    [Theory]
    [MemberData(nameof(RealPages))]
    public void RealPage_ReadsEveryPartTableAndFigureOfItsTruth(string name)
    {
        var document = MarkupFixtures.Read(Path.Combine(MarkupFixtures.RealFolder, name + ".html"));
        var (table3, table4) = MarkupFixtures.Truth(name + ".html");

        Assert.Equal(SectionCatalog.StandardKinds, document.Sections.Select(s => s.Kind));
        Assert.NotNull(document.Table2);
        Assert.NotNull(document.Table3);
        Assert.NotNull(document.Table4);
        Assert.NotEmpty(table3);
        foreach (var (key, values) in table3)
        {
            Assert.Equal(values, MarkupFixtures.Numbers(document.Table3, key));
        }

        Assert.Equal(table4, MarkupFixtures.Numbers(document.Table4, Table4.DataRowDefinition.Key));
        Assert.Contains("政府信息公开工作年度报告", document.Title?.Text);
    }

    [Theory]
    [MemberData(nameof(RealPages))]
    public void RealPage_HasNoErrorLevelFinding_AndFindingsPointIntoThePageSource(string name)
    {
        string path = Path.Combine(MarkupFixtures.RealFolder, name + ".html");
        string html = File.ReadAllText(path);
        var document = MarkupFixtures.Read(path);
        var result = new ReportAnalyzer().Analyze(document, AnalysisOptions.Default);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Core.Diagnostics.DiagnosticSeverity.Error);
        foreach (var diagnostic in result.Diagnostics)
        {
            var mapped = MappedDiagnostics.Map(diagnostic, document);
            Assert.InRange(mapped.Span.End, 0, html.Length);
        }
    }

    [Theory]
    [MemberData(nameof(RealPages))]
    public void RealPage_SiteChromeIsNotReportText(string name)
    {
        var read = HtmlLayoutReader.Instance.Read(File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, name + ".html")));
        string text = read.Layout!.Text.Text;

        Assert.DoesNotContain("当前位置", text);
        Assert.DoesNotContain("分享到", text);
        Assert.DoesNotContain("网站标识码", text);
        Assert.DoesNotContain("返回首页", text);
    }

    [Fact]
    public void MergedCells_AreResolvedIntoTheGrid_AndNbspCellsAreEmptyNotZero()
    {
        const string Html = """
            <html><body><div class="content">
            <p><strong>三、收到和处理政府信息公开申请情况</strong></p>
            <table border="1">
            <tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan="7">申请人情况</td></tr>
            <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
            <tr><td><p>商业</p><p>企业</p></td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
            <tr><td colspan="3">一、本年新收政府信息公开申请数量</td><td>5</td><td>1</td><td>0</td><td>0</td><td>&nbsp;</td><td>0</td><td>6</td></tr>
            <tr><td colspan="3">二、上年结转政府信息公开申请数量</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
            <tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>4</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>5</td></tr>
            <tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
            <tr><td>2.其他法律行政法规禁止公开</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
            </table>
            <p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>
            </div></body></html>
            """;

        var document = ReportParser.Build(HtmlLayoutReader.Instance.Read(Html).Layout!);
        var table = document.Table3!;

        Assert.Equal("5 1 0 0  0 6", string.Join(" ", table.Row(Table3Layout.NewReceived)!.Values.Select(v => v.Text)));
        Assert.Equal(ValueKind.Empty, table.Row(Table3Layout.NewReceived)!.Values[4].Kind);
        Assert.Equal([4m, 1, 0, 0, 0, 0, 5], MarkupFixtures.Numbers(table, Table3Layout.Granted));
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], MarkupFixtures.Numbers(table, "T3.Denied.1"));
        Assert.Equal([0m, 0, 0, 0, 0, 0, 0], MarkupFixtures.Numbers(table, "T3.Denied.2"));
        Assert.Contains(new AnalyzerProbe(document).Ids(), id => id == "OGL2007");
        Assert.Contains(document.HeaderKeys(), h => h == "商业企业");
    }

    [Fact]
    public void Headings_FromHeadingElementsAndFromBoldParagraphs()
    {
        const string Html = "<body><h1>示范局2025年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>正文。</p><p><b>二、主动公开政府信息情况</b></p><p>正文。</p></body>";

        var document = ReportParser.Build(HtmlLayoutReader.Instance.Read(Html).Layout!);

        Assert.Equal([SectionKind.Overview, SectionKind.ActiveDisclosure], document.Sections.Select(s => s.Kind));
        Assert.Equal("示范局2025年政府信息公开工作年度报告", document.Title?.Text);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void WordSavedPage_OfEachSample_ReadsTheSameFigures(string name)
    {
        var source = ReportParser.Parse(Fixtures.ReadSample(name));
        string page = WordPage.Write(ReportContent.From(source));

        var read = HtmlLayoutReader.Instance.Read(page);
        var document = ReportParser.Build(read.Layout!);

        Assert.Equal(MarkupProblem.None, read.Problem);
        var expected = MarkupFixtures.ReadableRows(source);
        var actual = MarkupFixtures.ReadableRows(document);
        Assert.NotEmpty(expected);
        foreach (var (key, values) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var got) && got == values, $"{key}: {values} read as {got ?? "nothing"}");
        }

        Assert.Equal(source.Sections.Select(s => s.Kind), document.Sections.Select(s => s.Kind));
        // The chrome the page put around the report (a sample's own text may hold residue of its page: that stays).
        Assert.DoesNotContain("示范导航栏目", document.Text.Text);
        Assert.DoesNotContain("当前位置：首页", document.Text.Text);
        Assert.DoesNotContain("版权所有：示范市人民政府", document.Text.Text);
        Assert.DoesNotContain("分享到", document.Text.Text);
    }

    [Fact]
    public void Finding_InACell_MapsToTheCellTextInThePageSource()
    {
        var source = ReportParser.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md")));
        string page = WordPage.Write(ReportContent.From(source));

        // The 总计 of 一、本年新收 made wrong by one: a row total finding (OGL3001) on that cell.
        var total = source.Table3!.Row(Table3Layout.NewReceived)!.Values[6];
        string wrong = (total.Number!.Value + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string needle = ">" + total.Text + "<o:p>";
        int at = IndexOfNth(page, needle, CountBefore(page, "一、本年新收政府信息公开申请数量", needle) + 6);
        page = page[..(at + 1)] + wrong + page[(at + 1 + total.Text.Length)..];

        var document = ReportParser.Build(HtmlLayoutReader.Instance.Read(page).Layout!);
        var result = new ReportAnalyzer().Analyze(document, AnalysisOptions.Default);
        var finding = result.Diagnostics.First(d => d.Id == "OGL3001");
        var mapped = MappedDiagnostics.Map(finding, document);

        Assert.Equal(wrong, page.Substring(mapped.Span.Start, mapped.Span.Length));
        Assert.Equal(new SourceText(page).GetLineRange(mapped.Span), mapped.Range);
    }

    [Fact]
    public void Fixes_SurviveOnlyWhereTheyEditTheSameTextInThePage()
    {
        const string Html = "<body><p>示范局2025年政府信息公开工作年度报告</p><p>一、基本情况</p><p>正文。</p></body>";
        var document = ReportParser.Build(HtmlLayoutReader.Instance.Read(Html).Layout!);
        var result = new ReportAnalyzer().Analyze(document, AnalysisOptions.Default);

        var rename = MappedDiagnostics.Map(result.Diagnostics.Single(d => d.Id == "OGL1003"), document);
        var insert = MappedDiagnostics.Map(result.Diagnostics.First(d => d.Id == "OGL1001"), document);

        var edit = Assert.Single(Assert.Single(rename.Fixes).Edits);
        Assert.Equal("基本情况", Html.Substring(edit.Span.Start, edit.Span.Length));
        Assert.Empty(insert.Fixes);
    }

    [Fact]
    public void SourceMap_IsRunsNotCharacters_AndEntitiesMapToTheirReference()
    {
        string paragraph = new('报', 5000);
        string html = "<body><p>示范局2025年政府信息公开工作年度报告</p><p>一、总体情况</p><p>A&amp;B&#12288;C " + paragraph + "</p></body>";

        var layout = HtmlLayoutReader.Instance.Read(html).Layout!;
        var map = layout.Map!;
        string text = layout.Text.Text;
        int amp = text.IndexOf('&', StringComparison.Ordinal);

        Assert.True(map.RunCount < 40, $"{map.RunCount} runs");
        Assert.Equal("&amp;", html.Substring(map.MapSpan(new TextSpan(amp, 1)).Start, 5));
        int body = text.IndexOf(paragraph, StringComparison.Ordinal);
        Assert.True(map.TryMapExact(new TextSpan(body, 10), text, out var exact));
        Assert.Equal(html.IndexOf(paragraph, StringComparison.Ordinal), exact.Start);
        Assert.False(map.TryMapExact(new TextSpan(amp - 1, 3), text, out _));
    }

    [Fact]
    public void PageThatIsNotAReport_IsSaidToBeNone()
    {
        var read = HtmlLayoutReader.Instance.Read("<html><head><title>通知公告</title></head><body><p>关于开展植树活动的通知</p></body></html>");

        Assert.Equal(MarkupProblem.NotAReport, read.Problem);
    }

    private static int CountBefore(string text, string marker, string needle)
    {
        int end = text.IndexOf(marker, StringComparison.Ordinal);
        int count = 0;
        for (int at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0 && at < end; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static int IndexOfNth(string text, string needle, int n)
    {
        int at = -1;
        for (int i = 0; i <= n; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        }

        return at;
    }
}

/// <summary>Small readings of a model the tests share.</summary>
internal static class ModelReadings
{
    public static IEnumerable<string> HeaderKeys(this ReportDocument document) =>
        document.Tables.SelectMany(t => t.HeaderLabels).Select(l => TextNormalizer.Compact(l.Text));
}

internal sealed class AnalyzerProbe(ReportDocument document)
{
    public IEnumerable<string> Ids() => new ReportAnalyzer().Analyze(document, AnalysisOptions.Default).Diagnostics.Select(d => d.Id);
}
