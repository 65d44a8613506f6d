using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>
/// One report of the trial layout (2020) in four layouts — pipe tables, tab-separated, one cell per line, flattened web
/// text — read as a trial report: its table 2 with the trial rows, columns, signed changes and amounts, its table 3 with
/// the single-row （六）, and checked by the rules of its own edition only.
/// </summary>
public sealed class TrialLayoutTests
{
    public static TheoryData<string> Layouts => EditionFixtures.Names(EditionFixtures.TrialLayouts);

    public static TheoryData<string> LineLayouts => EditionFixtures.Names(EditionFixtures.TrialLineLayouts);

    private static readonly Dictionary<string, decimal[]> Table2Figures = new()
    {
        ["T2.Trial.Regulations"] = [0, 0, 3],
        ["T2.Trial.NormativeDocuments"] = [5, 5, 42],
        ["T2.Trial.Licensing"] = [120, -8, 1350],
        ["T2.Trial.OtherServices"] = [12, 3, 40],
        ["T2.Trial.Punishment"] = [36, 5, 210],
        ["T2.Trial.Enforcement"] = [4, 0, 6],
        ["T2.Trial.Fees"] = [6, -1],
        ["T2.Trial.Procurement"] = [18, 251000],
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void EveryLayoutReadsAsTheTrialEdition(string name)
    {
        var document = ReportParser.Parse(EditionFixtures.Read(name));
        Assert.Equal(ReportEdition.Trial2019, document.Edition.Edition);
        Assert.Equal(SectionCatalog.StandardKinds, document.Sections.Select(s => s.Kind));
        Assert.Equal(TableEdition.Trial2019, document.Table2!.LayoutEdition);
        Assert.Equal(TableEdition.Trial2019, document.Table3!.LayoutEdition);
        Assert.Equal(TableEdition.Common, document.Table4!.LayoutEdition);
        Assert.All(document.Table2.Rows, r => Assert.Equal(ReportEdition.Trial2019, r.Definition.Edition));
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Tables3And4AreReadExactly_TheSingleRowOtherHandlingAsOneValueRow(string name)
    {
        var table3 = ReportParser.Parse(EditionFixtures.Read(name)).Table3!;
        Assert.Equal([1m, 0, 0, 0, 0, 0, 1], Figures(table3.Row(Table3Layout.OtherHandling)!));
        Assert.True(table3.Row(Table3Layout.OtherHandling)!.HasExpectedCount);
        Assert.Empty(table3.OtherHandlingItems);
        Assert.Equal([19m, 2, 0, 1, 0, 0, 22], Figures(table3.Row(Table3Layout.Total)!));
        Assert.Equal([2m, 0, 0, 0, 0, 0, 2], Figures(table3.Row(Table3Layout.CarriedForward)!));
        var table4 = ReportParser.Parse(EditionFixtures.Read(name)).Table4!;
        Assert.Equal([1m, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], Figures(table4.DataRow!));
    }

    [Theory]
    [MemberData(nameof(LineLayouts))]
    public void Table2IsReadInTheTrialColumns_SignedChangesAndAmountsWithTheirUnit(string name)
    {
        var table2 = ReportParser.Parse(EditionFixtures.Read(name)).Table2!;
        Assert.Equal(Table2Figures.Keys.Order(), table2.Rows.Select(r => r.Key).Order());
        foreach (var (key, figures) in Table2Figures)
        {
            Assert.Equal(figures, Figures(table2.Row(key)!));
        }

        Assert.Equal("元", table2.Row("T2.Trial.Procurement")!.Values[1].Unit);
    }

    [Fact]
    public void FlattenedTable2_SplitsOnlyTheRowsItsFormatsDecide()
    {
        var table2 = ReportParser.Parse(EditionFixtures.Read("trial-2020-flattened.txt")).Table2!;

        // 规章003: a cell that starts with 0 is the digit 0. 行政事业性收费6-1: the sign opens the change. 行政强制406: the
        // 0 between can only be a cell of its own.
        Assert.Equal([0m, 0, 3], Figures(table2.Row("T2.Trial.Regulations")!));
        Assert.Equal([6m, -1], Figures(table2.Row("T2.Trial.Fees")!));
        Assert.Equal([4m, 0, 6], Figures(table2.Row("T2.Trial.Enforcement")!));

        // 规范性文件5542 and 政府集中采购18251000元 have several splits: left as read, for OGL2010 to report once.
        Assert.Equal(RowReading.Unresolved, table2.Row("T2.Trial.NormativeDocuments")!.Reading);
        Assert.Equal(RowReading.Unresolved, table2.Row("T2.Trial.Procurement")!.Reading);
        Assert.True(table2.Row("T2.Trial.Procurement")!.Readings > 1);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void NoErrorAndNoFindingOfAnotherEdition(string name)
    {
        var result = new ReportAnalyzer().Analyze(EditionFixtures.Read(name));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);

        // The trial tables are right for a 2020 report; the 2021 layout's own requirements are not asked of it.
        string[] foreign = ["OGL1007", "OGL1008", "OGL1009", "OGL1010", "OGL2003", "OGL2004", "OGL2005", "OGL2009", "OGL4004"];
        Assert.DoesNotContain(result.Diagnostics, d => foreign.Contains(d.Id));
    }

    [Theory]
    [InlineData("trial-2020-tab.md")]
    [InlineData("trial-2020-cell-per-line.md")]
    public void RewritingAPastedTrialTable_KeepsItATrialTable_WithEveryFigure(string name)
    {
        string text = EditionFixtures.Read(name);
        var before = ReportParser.Parse(text);
        var result = new FixAllRunner().Run(text, AnalysisOptions.Default, includeUnsafe: false);
        var after = ReportParser.Parse(result.Text);

        Assert.All(after.Tables, t => Assert.Equal(TableShape.PipeTable, t.Shape));
        Assert.Equal(TableEdition.Trial2019, after.Table2!.LayoutEdition);
        Assert.Equal(TableEdition.Trial2019, after.Table3!.LayoutEdition);
        Assert.Equal(AllFigures(before), AllFigures(after));
        Assert.Contains("| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", result.Text, StringComparison.Ordinal);
        Assert.Contains("第二十条第（九）项", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Remaining.Diagnostics, d => d.Id is "OGL1009" or "OGL2002" || d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void AMissingTableOfATrialReport_IsInsertedInTheTrialLayout()
    {
        string text = EditionFixtures.Read("trial-2020-pipe.md");
        int start = text.IndexOf("第二十条第（一）项", StringComparison.Ordinal);
        int end = text.IndexOf("## 三、", StringComparison.Ordinal);
        var result = new FixAllRunner().Run(text[..start] + text[end..], AnalysisOptions.Default, includeUnsafe: false);

        var table2 = ReportParser.Parse(result.Text).Table2!;
        Assert.Equal(TableEdition.Trial2019, table2.LayoutEdition);
        Assert.Equal(8, table2.RowList.Count);
    }

    [Fact]
    public void AWrongSignOfTheChange_IsReportedOnce_AtTheChange()
    {
        string text = EditionFixtures.Read("trial-2019-wrong-sign.md");
        var result = new ReportAnalyzer().Analyze(text);

        var finding = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("OGL2006", finding.Id);
        Assert.Equal("-8", text[finding.Span.Start..finding.Span.End]);
        Assert.Contains("本年增/减", finding.Message, StringComparison.Ordinal);
        Assert.Contains("-5", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANegativeFigureWhereTheColumnIsACount_IsInvalid_AndSaysSo()
    {
        string text = EditionFixtures.Read("trial-2020-pipe.md").Replace("| 行政强制 | 4 | 0 | 6 |", "| 行政强制 | 4 | 0 | -6 |", StringComparison.Ordinal);
        var finding = Assert.Single(new ReportAnalyzer().Analyze(text).Diagnostics, d => d.Id == "OGL2006");
        Assert.Contains("处理决定数量", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2019 年试行格式", finding.Message, StringComparison.Ordinal);
    }

    private static decimal[] Figures(TableRow row) => row.Values.Select(v => v.Number ?? decimal.MinValue).ToArray();

    private static Dictionary<string, string> AllFigures(ReportDocument document) =>
        document.Tables.SelectMany(t => t.Rows.SelectMany(r => r.Values.Select((v, i) => ($"{r.Key}[{i}]", v.NormalizedText))))
            .ToDictionary(p => p.Item1, p => p.Item2);
}
