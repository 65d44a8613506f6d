namespace OpenGovLint.Tests.Cli;

/// <summary>Bad input: one clear line each on standard error, no stack trace, the other files still checked.</summary>
public sealed class InputProblemTests
{
    [Fact]
    public async Task MissingPath_IsReported_AndTheOtherFilesAreChecked()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "x.md", "a.md");

        Assert.Equal(["opengovlint: 找不到路径：x.md"], result.StderrLines);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("a.md:1:1: error OGL9002", result.StdoutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAMissingPath_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "check", "x.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 找不到路径：x.md", "opengovlint: 没有检查任何文件"], result.StderrLines);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public async Task EmptyFolder_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.CreateFolder("empty");

        var result = await CliRun.RunAsync(folder.Path, "check", "empty");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("opengovlint: 文件夹为空：empty", result.StderrLines[0]);
    }

    [Fact]
    public async Task FolderWithoutReports_ExitsTwo()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("pictures/a.png", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "pictures");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("opengovlint: 文件夹中没有报告文件（*.md, *.txt, *.html, *.htm, *.shtml, *.docx）：pictures", result.StderrLines[0]);
    }

    [Fact]
    public async Task GlobWithoutMatches_IsReported()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "reports/**/*.md", "a.md");

        Assert.Equal(["opengovlint: 没有文件与模式匹配：reports/**/*.md"], result.StderrLines);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public async Task UnreadableFile_IsReported_AndNotCounted_WhileTheOthersAreChecked()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Reports.MissingSections);
        folder.WriteBytes("locked.md", Reports.Binary);
        byte[] Read(string path) => Path.GetFileName(path) == "locked.md"
            ? throw new UnauthorizedAccessException("Access to the path is denied.")
            : File.ReadAllBytes(path);

        var result = await CliRun.RunWithReaderAsync(folder.Path, Read, "check", ".");

        // Found by walking but unreadable: it cannot be told a report, so it is passed on and its read error is reported.
        Assert.Equal(["opengovlint: 无法读取文件：locked.md（Access to the path is denied.）"], result.StderrLines);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("检查了 1 个文件：", result.StdoutLines[^1], StringComparison.Ordinal);
        Assert.All(result.StdoutLines.SkipLast(1), l => Assert.StartsWith("a.md:", l, StringComparison.Ordinal));
        Assert.DoesNotContain("at OpenGovLint", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyUnreadableFiles_ExitTwo()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("locked.md", Reports.Binary);

        var result = await CliRun.RunWithReaderAsync(folder.Path, _ => throw new IOException("disk error"), "check", "locked.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 无法读取文件：locked.md（disk error）", "opengovlint: 没有检查任何文件"], result.StderrLines);
    }

    [Fact]
    public async Task Verbose_AddsTheException()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("locked.md", Reports.Binary);

        var result = await CliRun.RunWithReaderAsync(folder.Path, _ => throw new IOException("disk error"), "check", "--verbose", "locked.md");

        Assert.Contains("System.IO.IOException: disk error", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownOption_ExitsTwo_WithOneLine()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "check", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 未知选项：--bogus（用 --help 查看用法）"], result.StderrLines);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format=xml", null)]
    [InlineData("-f", "xml")]
    public async Task BadFormatValue_ExitsTwo(string option, string? value)
    {
        using var folder = new TempFolder();
        string[] args = value is null ? ["check", option] : ["check", option, value];

        var result = await CliRun.RunAsync(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: --format 的值无效：xml（可用：text, json, sarif, github, html）"], result.StderrLines);
    }

    [Fact]
    public async Task MissingOptionValue_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "check", "--output");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 选项 --output 缺少值"], result.StderrLines);
    }

    [Fact]
    public async Task BadLanguage_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "check", "--lang", "fr");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: --lang 的值无效：fr（可用：zh、en）"], result.StderrLines);
    }

    [Fact]
    public async Task UnknownCommand_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "lint", "a.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 未知命令：lint（可用：check, new, explain, rules, model, convert, extract）"], result.StderrLines);
    }

    [Fact]
    public async Task NoCommand_ExitsTwo_AndShowsUsage()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("opengovlint: 缺少命令（用 --help 查看用法）", result.StderrLines[0]);
        Assert.Contains("用法：opengovlint <命令> [选项]", result.Stderr, StringComparison.Ordinal);
    }
}
