using System.Text.Json;

namespace OpenGovLint.Tests.Cli;

public sealed class OutputFileAndLanguageTests
{
    [Fact]
    public async Task Output_WritesTheFile_ReplacesAnOldOne_AndLeavesNoTemporaryFile()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);
        folder.Write("out/result.json", "old content");

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "--output", "out/result.json", "a.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        string written = File.ReadAllText(Path.Combine(folder.Path, "out", "result.json"));
        using var json = JsonDocument.Parse(written);
        Assert.Equal("a.md", json.RootElement.GetProperty("files")[0].GetProperty("path").GetString());
        Assert.Equal(["result.json"], Directory.GetFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Output_Text_PutsFindingsInTheFile_AndTheSummaryOnStdout()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "-o", "findings.txt", "a.md");

        Assert.Equal(["检查了 1 个文件：1 个错误，0 个警告"], result.StdoutLines);
        Assert.StartsWith("a.md:1:1: error OGL9002: ", File.ReadAllText(Path.Combine(folder.Path, "findings.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_IntoAMissingFolder_ExitsTwo_WithOneLine()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "--output", "missing/result.json", "a.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.StartsWith("opengovlint: 无法写入输出文件：missing/result.json（", result.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_WhenNothingWasChecked_KeepsThePreviousFile()
    {
        using var folder = new TempFolder();
        string target = folder.Write("result.json", "previous");

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "--output", "result.json", "missing.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("previous", File.ReadAllText(target));
    }

    [Fact]
    public async Task LangEn_SwitchesFindingsProblemsAndSummary()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);
        folder.WriteBytes("b.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", "x.md", "a.md", "b.md");

        Assert.Equal(["opengovlint: path not found: x.md"], result.StderrLines);
        Assert.Equal("a.md:1:1: error OGL9002: The file cannot be read: it is not text in UTF-8, UTF-16 or GB18030.", result.StdoutLines[0]);
        Assert.Equal("Checked 2 files: 2 errors, 0 warnings", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task LangEn_UsesSingularForOne()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "--lang=en", "check", "a.md");

        Assert.Equal("Checked 1 file: 1 error, 0 warnings", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task LangEn_AppliesToArgumentProblems()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", "--format", "yaml");

        Assert.Equal(["opengovlint: invalid --format value: yaml (expected one of: text, json, sarif, github, html)"], result.StderrLines);
    }
}
