using OpenGovLint.Core.Documents;
using OpenGovLint.Tests.Cli;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Documents;

/// <summary>
/// The one definition of "is an annual report": every report the project holds is one, and the documents that talk
/// about reports (the README, the rule pages, the changelog, the test snapshots that quote the samples) are not.
/// </summary>
public sealed class ReportRecognizerTests
{
    private const string Title = "厦门市测试局2023年政府信息公开工作年度报告";

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "samples", "cross-year", "clean", "cli", "real" })
        {
            // The published reports of real/ as they were archived (text, Markdown), beside their README.
            var files = Directory.GetFiles(Path.Combine(Fixtures.Root, folder))
                .Where(f => ReportFiles.HasReportExtension(f) && Path.GetFileName(f) != "README.md")
                .Order(StringComparer.Ordinal);
            foreach (string file in files)
            {
                data.Add(Path.GetRelativePath(Fixtures.Root, file));
            }
        }

        return data;
    }

    /// <summary>Repository files that name 政府信息公开 and 年度报告 without being reports.</summary>
    public static TheoryData<string> DocumentsAboutReports()
    {
        string root = CliRun.RepositoryRoot();
        var files = new[] { "README.md", "client-vscode/README.md", "client-vscode/CHANGELOG.md", "bench/RESULTS.md", "tests/OpenGovLint.Tests/Fixtures/real/README.md" }
            .Concat(Directory.GetFiles(Path.Combine(root, "docs", "rules"), "*.md").Select(f => Path.GetRelativePath(root, f)))
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "OpenGovLint.Tests", "Samples", "Snapshots"), "*.txt").Select(f => Path.GetRelativePath(root, f)));
        var data = new TheoryData<string>();
        foreach (string file in files.Order(StringComparer.Ordinal))
        {
            data.Add(file.Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void EveryReportOfTheProject_IsAReport(string file) =>
        Assert.True(ReportRecognizer.IsReport(File.ReadAllText(Path.Combine(Fixtures.Root, file))));

    [Theory]
    [MemberData(nameof(DocumentsAboutReports))]
    public void DocumentsThatTalkAboutReports_AreNot(string file) =>
        Assert.False(ReportRecognizer.IsReport(File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), file))));

    [Fact]
    public void TheDocumentsAboutReports_DoNameBothPhrases_SoTheTestAboveIsNotTrivial()
    {
        string readme = File.ReadAllText(Path.Combine(CliRun.RepositoryRoot(), "README.md"));
        Assert.Contains(ReportRecognizer.Subject, readme, StringComparison.Ordinal);
        Assert.Contains(ReportRecognizer.Kind, readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Title)]
    [InlineData("# " + Title)]
    [InlineData("标题: 平潭综合实验区2019年度政府信息公开工作年度报告")]
    [InlineData("<!-- opengovlint-disable OGL5003 -->\n\n" + Title)]
    [InlineData("厦门市测试局２０２３年政府信息公开工作年度报告")]
    public void ADraft_IsAReportFromItsTitleOn(string text) => Assert.True(ReportRecognizer.IsReport(text));

    [Theory]
    [InlineData("# 政府信息公开工作年度报告检查工具\n\n检查年度报告。")]
    [InlineData("# OpenGovLint\n\n" + Title)]
    [InlineData("这份说明介绍" + Title + "的写法，以及每个部分应当包含的内容，供起草人员参考使用，不是报告本身，篇幅较长。")]
    [InlineData("```markdown\n" + Title + "\n```")]
    [InlineData("厦门市测试局2023年政府信息公开工作报告")]
    public void AFirstLineThatIsNoTitle_DoesNotMakeAReport(string text) => Assert.False(ReportRecognizer.IsReport(text));

    [Fact]
    public void AReportWithoutItsTitle_IsRecognisedByItsParts()
    {
        string body = "本年度报告依据政府信息公开条例编制。\n一、总体情况\n…\n二、主动公开政府信息情况\n…\n三、收到和处理政府信息公开申请情况\n…\n四、政府信息公开行政复议、行政诉讼情况\n";
        Assert.True(ReportRecognizer.IsReport(body));
        Assert.False(ReportRecognizer.IsReport(body.Replace("四、政府信息公开行政复议、行政诉讼情况\n", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void PartsRunTogether_AsInScrapedText_Count()
    {
        const string text = "本报告由政府信息公开工作机构编制。联系电话12345。一、总体情况2019年，…成效。二、主动公开政府信息情况 第二十条…元三、收到和处理政府信息公开申请情况（本列…）四、政府信息公开行政复议、行政诉讼情况…年度报告";
        Assert.True(ReportRecognizer.IsReport(text));
    }

    [Fact]
    public void QuotedOrFencedParts_DoNotCount()
    {
        const string quoted = "政府信息公开年度报告的六个部分：“一、总体情况”“二、主动公开政府信息情况”“三、收到和处理政府信息公开申请情况”“四、政府信息公开行政复议、行政诉讼情况”“五、存在的主要问题及改进情况”。";
        const string fenced = "说明政府信息公开工作年度报告：\n```markdown\n一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n```\n";
        Assert.False(ReportRecognizer.IsReport(quoted));
        Assert.False(ReportRecognizer.IsReport(fenced));
        Assert.True(ReportRecognizer.IsReport(fenced.Replace("```markdown\n", string.Empty, StringComparison.Ordinal).Replace("```\n", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void BothPhrasesAreNeeded()
    {
        Assert.False(ReportRecognizer.IsReport("厦门市测试局2023年工作年度报告\n一、总体情况\n二、主动公开政府信息情况"));
        Assert.False(ReportRecognizer.IsReport("厦门市测试局2023年政府信息公开工作报告"));
    }

    [Fact]
    public void OnlyTheHeadOfAHugeFileIsRead()
    {
        string late = new string('。', ReportRecognizer.ScanLimit) + "\n" + Title;
        string early = Title + "\n" + new string('。', ReportRecognizer.ScanLimit);
        Assert.False(ReportRecognizer.IsReport(late));
        Assert.True(ReportRecognizer.IsReport(early));
    }

    [Theory]
    [InlineData("a.md", true)]
    [InlineData("B.TXT", true)]
    [InlineData("a.markdown", false)]
    [InlineData("a.md.bak", false)]
    public void ReportExtensions_AreCoresList(string path, bool expected) => Assert.Equal(expected, ReportFiles.HasReportExtension(path));
}
