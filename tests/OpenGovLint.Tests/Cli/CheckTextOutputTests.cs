using System.Text.RegularExpressions;

namespace OpenGovLint.Tests.Cli;

public sealed class CheckTextOutputTests
{
    private static readonly Regex FindingLine = new(@"^(?<path>[^:]+):(?<line>\d+):(?<col>\d+): (?<severity>error|warning|info|hint) (?<id>OGL\d{4}): (?<message>.+)$");

    [Fact]
    public async Task BinaryFile_GetsOgl9002AtLineOneColumnOne_AndExitsOne()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("binary.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "binary.md");

        Assert.Equal(1, result.ExitCode);
        var match = FindingLine.Match(result.StdoutLines[0]);
        Assert.True(match.Success, result.Stdout);
        Assert.Equal("binary.md", match.Groups["path"].Value);
        Assert.Equal("1", match.Groups["line"].Value);
        Assert.Equal("1", match.Groups["col"].Value);
        Assert.Equal("error", match.Groups["severity"].Value);
        Assert.Equal("OGL9002", match.Groups["id"].Value);
        // The binary file, named, counts as checked.
        Assert.Equal("检查了 1 个文件：1 个错误，0 个警告", result.StdoutLines[^1]);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task ReportMissingSections_GetsOgl1001Errors_AndExitsOne()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", Reports.MissingSections);

        var result = await CliRun.RunAsync(folder.Path, "check", "report.md");

        Assert.Equal(1, result.ExitCode);
        var findings = result.StdoutLines.Select(l => FindingLine.Match(l)).Where(m => m.Success).ToArray();
        Assert.Contains(findings, m => m.Groups["id"].Value == "OGL1001" && m.Groups["severity"].Value == "error");
        Assert.All(findings, m => Assert.Equal("report.md", m.Groups["path"].Value));
        // Every line but the summary is a finding.
        Assert.Equal(result.StdoutLines.Length - 1, findings.Length);
    }

    [Fact]
    public async Task CleanFile_ExitsZero_WithOnlyTheSummary()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", Reports.AllRulesOff);
        folder.Write("report.md", Reports.MissingSections);

        var result = await CliRun.RunAsync(folder.Path, "check", "report.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["检查了 1 个文件：0 个错误，0 个警告"], result.StdoutLines);
    }

    [Fact]
    public async Task EditorConfigSeverity_IsApplied_PerFolder()
    {
        using var folder = new TempFolder();
        folder.Write("lenient/.editorconfig", "[*.md]\nopengovlint_diagnostic.OGL9002.severity = warning\n");
        folder.WriteBytes("lenient/a.md", Reports.Binary);
        folder.WriteBytes("strict/b.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "lenient/a.md", "strict/b.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith($"lenient{Path.DirectorySeparatorChar}a.md:1:1: warning OGL9002: ", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith($"strict{Path.DirectorySeparatorChar}b.md:1:1: error OGL9002: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnlyWarnings_ExitZero()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "[*]\nopengovlint_diagnostic.OGL9002.severity = warning\n");
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "a.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("检查了 1 个文件：0 个错误，1 个警告", result.StdoutLines[^1]);
    }

    [Fact]
    public async Task Quiet_LeavesOutTheSummary()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "--quiet", "a.md");

        Assert.Single(result.StdoutLines);
        Assert.DoesNotContain("检查了", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_IsCheckedInOrdinalPathOrder_SkippingToolFolders_AndTheSameOnEveryRun()
    {
        using var folder = new TempFolder();
        foreach (string name in new[] { "b.md", "a.txt", "C.md", "sub/z.md", "sub/deeper/m.md", "node_modules/x.md", ".git/y.md", "bin/w.md", "obj/v.md" })
        {
            folder.Write(name, Reports.MissingSections);
        }

        folder.Write("image.png", Reports.MissingSections);

        var first = await CliRun.RunAsync(folder.Path, "check", ".");
        var second = await CliRun.RunAsync(folder.Path, "check", ".");

        string sep = Path.DirectorySeparatorChar.ToString();
        var paths = first.StdoutLines.SkipLast(1).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToArray();
        Assert.Equal(["C.md", "a.txt", "b.md", $"sub{sep}deeper{sep}m.md", $"sub{sep}z.md"], paths);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.StartsWith("检查了 5 个文件：", first.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Samples_AreCheckedWithStableOutput()
    {
        var first = await CliRun.RunAsync(CliRun.SamplesFolder, "check");
        var second = await CliRun.RunAsync(CliRun.SamplesFolder, "check");

        Assert.Equal(first.Stdout, second.Stdout);
        Assert.StartsWith("检查了 5 个文件：", first.StdoutLines[^1], StringComparison.Ordinal);
        var files = first.StdoutLines.SkipLast(1).Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToArray();
        Assert.Equal(files.Order(StringComparer.Ordinal).ToArray(), files);
    }

    [Fact]
    public async Task FileOutsideTheCurrentFolder_IsShownWithItsFullPath()
    {
        using var folder = new TempFolder();
        string file = folder.WriteBytes("outside/a.md", Reports.Binary);
        string current = folder.CreateFolder("work");

        var result = await CliRun.RunAsync(current, "check", file);

        Assert.StartsWith(file + ":1:1: error OGL9002: ", result.StdoutLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Glob_ExpandsDoubleStar()
    {
        using var folder = new TempFolder();
        folder.Write("reports/2023/a.md", Reports.MissingSections);
        folder.Write("reports/b.md", Reports.MissingSections);
        folder.Write("reports/2023/c.txt", Reports.MissingSections);
        folder.Write("other/d.md", Reports.MissingSections);

        var result = await CliRun.RunAsync(folder.Path, "check", "--quiet", "reports/**/*.md");

        string sep = Path.DirectorySeparatorChar.ToString();
        var paths = result.StdoutLines.Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]).Distinct().ToArray();
        Assert.Equal([$"reports{sep}2023{sep}a.md", $"reports{sep}b.md"], paths);
    }
}
