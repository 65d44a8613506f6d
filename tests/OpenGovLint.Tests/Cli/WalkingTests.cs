using System.Text.Json;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// Which files <c>check</c> reads: every file named; of the files a folder or a glob yields, the reports (Core's
/// ReportRecognizer), those matched by <c>--include</c> or <c>opengovlint_files</c>, never what .gitignore excludes or
/// node_modules, .git, bin and obj hold; the summary counts the files skipped as not reports.
/// </summary>
public sealed class WalkingTests
{
    private const string Notes = "# Notes\n\nMeeting notes, not a report.\n";

    /// <summary>Talks about 政府信息公开工作年度报告 without being one, as a README does.</summary>
    private const string AboutReports = "# A tool\n\nIt checks 政府信息公开工作年度报告 (annual disclosure reports) while they are written.\n";

    [Fact]
    public async Task RepositoryRoot_ChecksTheBundledSamples_NotTheReadmeChangelogOrDocs()
    {
        string root = CliRun.RepositoryRoot();

        var json = await CliRun.RunAsync(root, "check", ".", "--format", "json");
        var text = await CliRun.RunAsync(root, "check", ".", "--quiet");
        var verbose = await CliRun.RunAsync(root, "check", ".", "--verbose");

        using var document = JsonDocument.Parse(json.Stdout);
        var paths = document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToHashSet();
        foreach (string sample in Directory.GetFiles(Path.Combine(root, "tests", "OpenGovLint.Tests", "Fixtures", "samples"), "*.md"))
        {
            Assert.Contains(Path.GetRelativePath(root, sample).Replace('\\', '/'), paths);
        }

        Assert.DoesNotContain("README.md", paths);
        Assert.DoesNotContain("client-vscode/CHANGELOG.md", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("docs/", StringComparison.Ordinal) || p.Contains("/bin/", StringComparison.Ordinal) || p.Contains("node_modules", StringComparison.Ordinal));
        Assert.Equal(json.ExitCode, text.ExitCode);
        Assert.Contains($"跳过 README.md：不是年度报告", verbose.Stderr, StringComparison.Ordinal);
        Assert.Contains($"跳过 client-vscode{Path.DirectorySeparatorChar}CHANGELOG.md：不是年度报告", verbose.Stderr, StringComparison.Ordinal);
        Assert.Matches("；跳过 \\d+ 个不是年度报告的文件（--verbose 列出）$", verbose.StdoutLines[^1]);
    }

    [Fact]
    public async Task NamedExplicitly_TheReadmeIsChecked()
    {
        var result = await CliRun.RunAsync(CliRun.RepositoryRoot(), "check", "README.md", "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        var file = Assert.Single(document.RootElement.GetProperty("files").EnumerateArray());
        Assert.Equal("README.md", file.GetProperty("path").GetString());
        Assert.Contains(file.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "OGL1001");
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task Walking_SkipsWhatIsNotAReport_AndTheSummarySaysHowMany()
    {
        using var folder = new TempFolder();
        folder.Write("2023.md", Reports.MissingSections);
        folder.Write("notes.md", Notes);
        folder.Write("README.md", AboutReports);
        folder.WriteBytes("binary.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", ".");
        var english = await CliRun.RunAsync(folder.Path, "check", ".", "--lang", "en");
        var verbose = await CliRun.RunAsync(folder.Path, "check", ".", "--verbose");

        Assert.All(result.StdoutLines.SkipLast(1), l => Assert.StartsWith("2023.md:", l, StringComparison.Ordinal));
        Assert.EndsWith("；跳过 3 个不是年度报告的文件（--verbose 列出）", result.StdoutLines[^1], StringComparison.Ordinal);
        Assert.StartsWith("检查了 1 个文件：", result.StdoutLines[^1], StringComparison.Ordinal);
        Assert.EndsWith("; skipped 3 files that are not reports (--verbose lists them)", english.StdoutLines[^1], StringComparison.Ordinal);
        Assert.Equal(
            ["README.md", "binary.md", "notes.md"],
            verbose.StderrLines.Where(l => l.StartsWith("opengovlint: 跳过 ", StringComparison.Ordinal)).Select(l => l["opengovlint: 跳过 ".Length..l.IndexOf('：', StringComparison.Ordinal)]));
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task AFolderWithoutReports_ExitsTwo_SayingHowManyFilesWereNotReports()
    {
        using var folder = new TempFolder();
        folder.Write("docs/notes.md", Notes);
        folder.Write("docs/README.md", AboutReports);

        var result = await CliRun.RunAsync(folder.Path, "check", "docs");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 没有找到年度报告：2 个不是年度报告的文件（--verbose 列出；直接指定文件名或用 --include 可强制检查）"], result.StderrLines);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task IncludeAndOpengovlintFiles_CheckWalkedFilesWhateverTheirContentAndExtension()
    {
        using var folder = new TempFolder();
        folder.Write("notes/plain.md", Notes);
        folder.Write("drafts/empty.md", "# 草稿\n");
        folder.Write("drafts/.editorconfig", "[*]\nopengovlint_files = *.md, *.{markdown,mdown}\n");
        folder.Write("drafts/other.markdown", "# 草稿二\n");
        folder.Write("legacy/page.htm", "<p>旧页面</p>");
        folder.Write("ignored.md", Notes);

        var result = await CliRun.RunAsync(folder.Path, "check", ".", "--include", "notes/*.md", "--include=legacy/*.htm", "--format", "json");

        using var document = JsonDocument.Parse(result.Stdout);
        var paths = document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
        Assert.Equal(["drafts/empty.md", "drafts/other.markdown", "notes/plain.md"], paths);

        // A page is read as a page: one that holds no report is not checked as text but said to be none, in one line.
        Assert.Contains(result.StderrLines, l => l.Contains("legacy/page.htm", StringComparison.Ordinal) && l.Contains("没有找到政府信息公开工作年度报告的内容", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GitIgnoredPaths_AreSkipped_WithGitsRules_ButANamedFileIsChecked()
    {
        using var folder = new TempFolder();
        folder.CreateFolder(".git");
        folder.Write(".gitignore", "# comment\ndrafts/\n*.bak.md\n!keep.bak.md\n/rooted.md\nbuild\n");
        foreach (string name in new[] { "a.md", "drafts/x.md", "sub/y.bak.md", "sub/keep.bak.md", "rooted.md", "sub/rooted.md", "sub/local.md", "sub/build/z.md", "sub/deep/drafts/w.md" })
        {
            folder.Write(name, Reports.MissingSections);
        }

        folder.Write("sub/.gitignore", "local.md\n");

        var walked = await CliRun.RunAsync(folder.Path, "check", ".", "--format", "json");
        var fromBelow = await CliRun.RunAsync(Path.Combine(folder.Path, "sub"), "check", ".", "--format", "json");
        var named = await CliRun.RunAsync(folder.Path, "check", "drafts/x.md", "--format", "json");

        Assert.Equal(["a.md", "sub/keep.bak.md", "sub/rooted.md"], Paths(walked));
        Assert.Equal(["keep.bak.md", "rooted.md"], Paths(fromBelow));
        Assert.Equal(["drafts/x.md"], Paths(named));
    }

    [Fact]
    public async Task OutsideARepository_AFolderGitignoreStillApplies()
    {
        using var folder = new TempFolder();
        folder.Write("reports/.gitignore", "old/\n");
        folder.Write("reports/2024.md", Reports.MissingSections);
        folder.Write("reports/old/2019.md", Reports.MissingSections);

        var result = await CliRun.RunAsync(folder.Path, "check", "reports", "--format", "json");

        Assert.Equal(["reports/2024.md"], Paths(result));
    }

    private static string[] Paths(CliResult result)
    {
        using var document = JsonDocument.Parse(result.Stdout);
        return document.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
    }
}
