using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;

namespace OpenGovLint.Tests.ReportEditions;

/// <summary>
/// A report before 2019, one per line and flattened: read with its own parts and its own statistics appendix, checked by
/// the hygiene and prose rules only, and told once that it was read so.
/// </summary>
public sealed class Pre2019Tests
{
    public static TheoryData<string> Layouts => EditionFixtures.Names(["pre2019-2016-lines.md", "pre2019-2016-flattened.txt"]);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void ReadWithItsOwnParts_NoStandardTables(string name)
    {
        var document = ReportParser.Parse(EditionFixtures.Read(name));
        Assert.Equal(ReportEdition.Before2019, document.Edition.Edition);
        Assert.All(document.Sections, s => Assert.Equal(SectionKind.Unknown, s.Kind));
        Assert.False(document.HasAnyStandardTable);
        Assert.NotNull(document.Appendix);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void OneInfoFinding_NoStructureOrTableFinding(string name)
    {
        var result = new ReportAnalyzer().Analyze(EditionFixtures.Read(name));
        var legacy = Assert.Single(result.Diagnostics, d => d.Id == "OGL1008");
        Assert.Equal(DiagnosticSeverity.Info, legacy.Severity);
        Assert.Contains("2016", legacy.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("OGL2", StringComparison.Ordinal) || d.Id.StartsWith("OGL3", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("OGL1", StringComparison.Ordinal) && d.Id != "OGL1008");
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Id != "OGL5004");
    }

    [Fact]
    public void TheAppendixIsReadIndicatorByIndicator_OneCellPerLine()
    {
        var appendix = ReportParser.Parse(EditionFixtures.Read("pre2019-2016-lines.md")).Appendix!;
        Assert.Equal(2, appendix.ValueColumns);
        Assert.Equal(
            ["主动公开信息数", "其中：1.政府网站公开数", "2.政府公报公开数", "受理政府信息公开申请总数", "对申请的答复总数", "其中：1.同意公开答复数", "行政复议数", "行政诉讼数"],
            appendix.Rows.Select(r => r.Label));
        var received = appendix.Rows.Single(r => r.Label == "受理政府信息公开申请总数");
        Assert.Equal("条", received.Unit);
        Assert.Equal([12m, 61m], received.Values.Select(v => v.Number!.Value));
        Assert.Equal(12m, received.ThisYear(appendix)!.Number);
    }

    [Fact]
    public void FlattenedAppendix_SplitsTheFiguresOnlyWhereOneSplitIsPossible()
    {
        var appendix = ReportParser.Parse(EditionFixtures.Read("pre2019-2016-flattened.txt")).Appendix!;

        // 行政复议数件13: 1 and 3 (13 cannot be this year's count of a running total of nothing). 对申请的答复总数条1261:
        // 1 · 261 or 12 · 61, both possible: left unread.
        var review = appendix.Rows.Single(r => r.Label == "行政复议数");
        Assert.Equal([1m, 3m], review.Values.Select(v => v.Number!.Value));
        var replies = appendix.Rows.Single(r => r.Label == "对申请的答复总数");
        Assert.Equal(RowReading.Unresolved, replies.Reading);
        Assert.Null(replies.ThisYear(appendix));

        // The item number run into the figures before it (…条70810受理…, …8020 2.政府公报…) goes back to its label.
        Assert.Contains(appendix.Rows, r => r.Label == "2.政府公报公开数");
    }

    [Fact]
    public void TheTextIsComparedWithTheAppendix()
    {
        string text = EditionFixtures.Read("pre2019-2016-lines.md");
        Assert.DoesNotContain(new ReportAnalyzer().Analyze(text).Diagnostics, d => d.Id == "OGL4001");

        string wrong = text.Replace("行政复议数\n件\n1\n3", "行政复议数\n件\n2\n4", StringComparison.Ordinal);
        var finding = Assert.Single(new ReportAnalyzer().Analyze(wrong).Diagnostics, d => d.Id == "OGL4001");
        Assert.Contains("统计附表", finding.Message, StringComparison.Ordinal);
        Assert.Contains("行政复议数", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoThousandEightTemplatePartsThatReadLike2021Parts_AreNotTakenForThem()
    {
        // 五、因政府信息公开申请行政复议…情况 would be the 2021 part 四 with the wrong ordinal; in a 2016 report it is its own part.
        var result = new ReportAnalyzer().Analyze(EditionFixtures.Read("pre2019-2016-lines.md"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OGL1002" or "OGL1003" or "OGL1001");
    }
}
