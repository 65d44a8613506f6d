using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.IO;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Formats;

public sealed class MarkdownConverterTests
{
    /// <summary>Every fixture a report can be converted from: the samples, the real pages, their Word files, the cross-year and clean reports.</summary>
    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (string file in Fixtures.SampleFiles)
        {
            data.Add(file);
        }

        foreach (string name in MarkupFixtures.RealPages)
        {
            data.Add(Path.Combine(MarkupFixtures.RealFolder, name + ".html"));
            data.Add(Path.Combine(MarkupFixtures.MarkupFolder, name + ".docx"));
        }

        foreach (string folder in new[] { "clean", "cross-year" })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(Fixtures.Root, folder), "*.md").OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Draft_HasEveryFigureTheSourceHas(string path)
    {
        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);
        var source = read.BuildModel()!;

        string draft = MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default);
        var converted = ReportParser.Parse(draft);

        var expected = MarkupFixtures.ReadableRows(source);
        var actual = MarkupFixtures.ReadableRows(converted);
        Assert.NotEmpty(expected);
        foreach (var (key, values) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var got) && got == values, $"{key}: {values} became {got ?? "nothing"}");
        }

        Assert.Equal(source.Sections.Select(s => s.Kind), converted.Sections.Select(s => s.Kind));
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Draft_IsTheCanonicalLayout(string path)
    {
        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);

        var converted = ReportParser.Parse(MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default));

        Assert.All(converted.Sections, s => Assert.True(s.IsMarkdownHeading, s.Title));
        Assert.All(converted.Tables, t => Assert.Equal(Core.Model.TableShape.PipeTable, t.Shape));
        if (read.BuildModel()!.Title is not null)
        {
            Assert.StartsWith("# ", converted.Text.GetLineText(converted.Title!.FirstLine));
        }
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Draft_FromAPageOrWordFile_HasNoFindingItsSourceDidNotHave(string path)
    {
        if (ReportFileReader.FormatOf(path) == Core.Layout.SourceFormat.Text)
        {
            return; // text sources: see Draft_LeavesWhatItCannotSettleAsComments for what changes
        }

        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);
        var analyzer = new ReportAnalyzer();
        var before = Count(analyzer.Analyze(read.BuildModel()!, AnalysisOptions.Default));

        var after = Count(analyzer.Analyze(MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default)));

        foreach (var (id, count) in after)
        {
            Assert.True(count <= before.GetValueOrDefault(id), $"{id}: {count} in the draft, {before.GetValueOrDefault(id)} in {Path.GetFileName(path)}");
        }
    }

    [Fact]
    public void Draft_LeavesWhatItCannotSettleAsComments()
    {
        // Repeated lines collapsed: 行政规范性文件 reads 4 16 for three columns, which its relations cannot expand.
        string path = Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.txt");
        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);

        string draft = MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default);

        Assert.Contains("<!-- opengovlint: “行政规范性文件”一行原文为“4 16”，无法确定各列的数值：请核对原件后填写。 -->", draft);
        Assert.Contains("| 行政规范性文件 |  |  |  |", draft);
        Assert.Matches("<!-- opengovlint: OGL[0-9]{4} ", draft);
        Assert.DoesNotContain("<!-- opengovlint: OGL2002", draft);
        Assert.All(draft.Split('\n').Where(l => l.StartsWith("<!-- opengovlint:", StringComparison.Ordinal)), l => Assert.EndsWith(" -->", l));
    }

    [Fact]
    public void Draft_GivesKnownPartsTheLayoutsTitle_AndSaysWhatItWas()
    {
        string draft = MarkdownConverter.Convert(Core.Layout.TextLayoutReader.Instance.Read(new Core.Text.SourceText("示范局2025年政府信息公开工作年度报告\n一、基本情况\n正文。\n")), AnalysisOptions.Default);

        Assert.Contains("## 一、总体情况", draft);
        Assert.Contains("<!-- opengovlint: 原标题为“一、基本情况”，已改为格式规定的标题。 -->", draft);
        Assert.Contains("# 示范局2025年政府信息公开工作年度报告", draft);
    }

    [Fact]
    public void Draft_FromAPage_KeepsAParagraphOfManyInlinePiecesWhole()
    {
        // The page writes 统计期限自 / 202 / 1 / 年1月1日… in four <span>s of one paragraph: the draft's sentence is whole.
        string path = Path.Combine(MarkupFixtures.RealFolder, "16_putian_kjj_2021.html");
        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);

        string draft = MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default);
        var result = new ReportAnalyzer().Analyze(draft);

        Assert.Contains("本报告中所列数据的统计期限自2021年1月1日起至12月31日止", draft);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL4003");
        Assert.True(result.Document!.Period is { IsWellFormed: true }, "the draft's statistics period is read whole");
    }

    [Fact]
    public void Draft_OfATrialReport_KeepsTheTrialTable_WithBlankCellsForRowsItCannotSettle()
    {
        // A 2019 report, flattened: table 2's rows run their figures together and several cannot be separated.
        string path = Path.Combine(Fixtures.Root, "real", "01_pingtan_2019.txt");
        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);

        string draft = MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default);
        var result = new ReportAnalyzer().Analyze(draft);

        Assert.Contains("| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |", draft);
        Assert.Contains("| 规范性文件 |  |  |  |", draft);
        Assert.DoesNotContain("本年制发件数", draft);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "OGL2004" or "OGL2010" or "OGL1009");
        Assert.Contains(result.Diagnostics, d => d.Id == "OGL2007");
    }

    /// <summary>
    /// A report as text extracted from a PDF or a Word-made page: lines broken inside sentences and numbers, an item's
    /// ordinal apart from its words, an aside on a line of its own.
    /// </summary>
    private const string ExtractedReport =
        "示范局2025年政府信息公开工作年度报告\n" +
        "根据《中华人民共和国政府信息公开条例》要求，现公布本报告。本报告中所列数据的统计期限自\n202\n5\n年1月1日起至12月31日止。\n" +
        "一、总体情况\n" +
        "（一）主动公开\n方面。\n全年主动公开政府信息\n50\n件，其中规范性文件\n3\n件。\n" +
        "（二）依申请公开\n方面。\n全年受理申请\n12\n件，均按时答复。\n" +
        "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n" +
        "五、存在的主要问题及改进情况\n一是公开\n内容还不够丰富；二是解读\n形式较为单一。\n" +
        "六、其他需要报告的事项\n本机关未收取信息处理费。\n（此件主动公开）\n";

    [Fact]
    public void Draft_OfExtractedText_JoinsTheBrokenLinesBackIntoParagraphs()
    {
        var layout = Core.Layout.TextLayoutReader.Instance.Read(new Core.Text.SourceText(ExtractedReport));

        string draft = MarkdownConverter.Convert(layout, AnalysisOptions.Default);
        var result = new ReportAnalyzer().Analyze(draft);

        var paragraphs = Paragraphs(draft);
        Assert.Contains("根据《中华人民共和国政府信息公开条例》要求，现公布本报告。本报告中所列数据的统计期限自2025年1月1日起至12月31日止。", paragraphs);
        Assert.Contains("（一）主动公开方面。", paragraphs);
        Assert.Contains("全年主动公开政府信息50件，其中规范性文件3件。", paragraphs);
        Assert.Contains("一是公开内容还不够丰富；二是解读形式较为单一。", paragraphs);
        Assert.Contains("（此件主动公开）", paragraphs);
        Assert.Contains("# 示范局2025年政府信息公开工作年度报告", paragraphs);
        Assert.True(result.Document!.Period is { IsWellFormed: true }, "the draft's statistics period is read whole");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL4003");
    }

    [Fact]
    public void Draft_OfTextWhoseLinesAreParagraphs_KeepsEveryLineAParagraph()
    {
        // Scraped text whose lines end their sentences: a title, a signature and a date do not, and are not run together.
        string source = "示范局2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息50件。\n全年受理申请12件。\n" +
            "六、其他需要报告的事项\n本机关未收取信息处理费。\n示范局\n2026年1月20日\n";
        var layout = Core.Layout.TextLayoutReader.Instance.Read(new Core.Text.SourceText(source));

        var paragraphs = Paragraphs(MarkdownConverter.Convert(layout, AnalysisOptions.Default));

        Assert.Contains("全年主动公开政府信息50件。", paragraphs);
        Assert.Contains("全年受理申请12件。", paragraphs);
        Assert.Contains("示范局", paragraphs);
        Assert.Contains("2026年1月20日", paragraphs);
    }

    [Fact]
    public void Draft_OfAPre2019Report_KeepsItsAppendixOneCellPerLine()
    {
        // The statistics appendix of a report before 2019 is a table of one cell per line, not broken prose.
        string path = Path.Combine(Fixtures.Root, "real", "31_putian_kjj_2009_legacy.txt");
        var read = ReportFileReader.Read(File.ReadAllBytes(path), path);

        string draft = MarkdownConverter.Convert(read.Layout!, AnalysisOptions.Default);
        var result = new ReportAnalyzer().Analyze(draft);

        Assert.Contains("\n\n2.传真申请数\n\n", draft);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "OGL5002");
    }

    /// <summary>The draft's blocks: what blank lines part.</summary>
    private static List<string> Paragraphs(string draft) => draft.Split("\n\n").Select(p => p.Trim()).ToList();

    private static Dictionary<string, int> Count(AnalysisResult result) =>
        result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count());
}
