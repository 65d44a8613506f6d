using System.Text;
using OpenGovLint.Cli.Fixing;

namespace OpenGovLint.Tests.Cli;

/// <summary><c>check --fix</c>, <c>--unsafe-fixes</c> and <c>--diff</c>: what is written, what is said, the exit codes.</summary>
public sealed class FixCommandTests
{
    [Fact]
    public async Task Fix_WritesTheSafeFixes_SaysHowManyPerRule_ThenReportsWhatRemains()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);

        var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", "--min-severity", "hint", "report.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Fixed 4: OGL1003×1, OGL2008×1, OGL5003×2", result.StdoutLines[0]);
        Assert.All(result.StdoutLines.Skip(1).SkipLast(1), line => Assert.Contains(" OGL1007: ", line, StringComparison.Ordinal));
        Assert.Equal(5, result.StdoutLines.Length);
        Assert.Equal("Checked 1 file: 0 errors, 0 warnings, 3 infos/hints", result.StdoutLines[^1]);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Equal(FixFiles.FixableFixed, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Fix_SummaryIsInChineseByDefault_AndASecondRunChangesNothing()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);

        var first = await CliRun.RunAsync(folder.Path, "check", "--fix", "report.md");
        byte[] afterFirst = File.ReadAllBytes(path);
        var second = await CliRun.RunAsync(folder.Path, "check", "--fix", "report.md");

        Assert.Equal("已修复 4 处：OGL1003×1、OGL2008×1、OGL5003×2", first.StdoutLines[0]);
        Assert.Equal("没有可自动修复的问题", second.StdoutLines[0]);
        Assert.Equal(first.ExitCode, second.ExitCode);
        Assert.Equal(afterFirst, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Fix_ExitCodeReflectsWhatRemains()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", FixFiles.Fixable.Replace("## 六、其他需要报告的事项", "## 其他", StringComparison.Ordinal));

        var fixedRun = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", "report.md");
        var check = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", "report.md");

        Assert.Equal(check.ExitCode, fixedRun.ExitCode);
        Assert.Equal(check.StdoutLines, fixedRun.StdoutLines.Skip(1));
    }

    [Fact]
    public async Task Fix_WithStructuredFormat_KeepsStdoutForTheFormat_AndTheSummaryOnStderr()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", FixFiles.Fixable);

        var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "--format", "json", "--lang", "en", "report.md");

        Assert.Equal(["Fixed 4: OGL1003×1, OGL2008×1, OGL5003×2"], result.StderrLines);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKindArray, json.RootElement.GetProperty("files").ValueKind);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindArray = System.Text.Json.JsonValueKind.Array;

    [Fact]
    public async Task UnsafeFixes_AreOnlyAppliedWhenAskedFor_AndTheFixRunSaysHowManyAreLeft()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", FixFiles.Fixable.Replace("| 规章 | ０ | 0 | 0 |", "| 规章 | ０ |  | 0 |", StringComparison.Ordinal));

        var safe = await CliRun.RunAsync(folder.Path, "check", "--diff", "--lang", "en", "report.md");
        var all = await CliRun.RunAsync(folder.Path, "check", "--diff", "--unsafe-fixes", "--lang", "en", "report.md");

        Assert.Equal(["Would fix 4: OGL1003×1, OGL2008×1, OGL5003×2", "1 more available with --unsafe-fixes (they change figures in the report)"], safe.StderrLines);
        Assert.Equal(["Would fix 5: OGL1003×1, OGL2007×1, OGL2008×1, OGL5003×2"], all.StderrLines);
        Assert.Contains(all.StdoutLines, l => l.StartsWith("+| 规章 | 0 | ", StringComparison.Ordinal) && !l.Contains("|  |", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Diff_PrintsAUnifiedDiff_WritesNothing_AndExitsOne()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);
        byte[] before = File.ReadAllBytes(path);

        var result = await CliRun.RunAsync(folder.Path, "check", "--diff", "--lang", "en", "report.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["Would fix 4: OGL1003×1, OGL2008×1, OGL5003×2"], result.StderrLines);
        Assert.Equal(["--- a/report.md", "+++ b/report.md", "@@ -2,9 +2,9 @@"], result.StdoutLines[..3]);
        Assert.Contains("@@ -12,7 +12,7 @@", result.StdoutLines);
        Assert.Contains("-## 一、基本情况", result.StdoutLines);
        Assert.Contains("+## 一、总体情况", result.StdoutLines);
        Assert.Equal(FixFiles.FixableFixed, DiffApplier.Apply(FixFiles.Fixable, result.Stdout));
    }

    [Fact]
    public async Task Diff_WhenNothingWouldChange_PrintsNothing_AndExitsZero()
    {
        using var folder = new TempFolder();
        folder.Write("report.md", FixFiles.FixableFixed);

        var result = await CliRun.RunAsync(folder.Path, "check", "--diff", "--lang", "en", "report.md");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(["Nothing to fix"], result.StderrLines);
    }

    [Fact]
    public async Task FixWithDiff_ShowsWhatFixWouldDo()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);

        var diff = await CliRun.RunAsync(folder.Path, "check", "--diff", "report.md");
        var fixAndDiff = await CliRun.RunAsync(folder.Path, "check", "--fix", "--diff", "report.md");

        Assert.Equal(diff, fixAndDiff);
        Assert.Equal(FixFiles.Fixable, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("opengovlint: --diff writes the diff to standard output and cannot be combined with --output (redirect instead: > fixes.diff)", "check", "--diff", "--output", "fixes.diff", ".")]
    [InlineData("opengovlint: --diff prints a unified diff and cannot be combined with --format json", "check", "--diff", "--format", "json", ".")]
    [InlineData("opengovlint: --unsafe-fixes needs --fix or --diff", "check", "--unsafe-fixes", ".")]
    [InlineData("opengovlint: option --fix only applies to the check command", "rules", "--fix")]
    [InlineData("opengovlint: option --diff only applies to the check command", "model", "--diff", "report.md")]
    [InlineData("opengovlint: option --year only applies to the new command", "check", "--year", "2024", ".")]
    [InlineData("opengovlint: option --agency only applies to the new command", "explain", "--agency", "x", "OGL1001")]
    public async Task InvalidCombinations_GetOneLine_AndExitTwo(string message, params string[] args)
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);

        var result = await CliRun.RunAsync(folder.Path, [.. args, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], result.StderrLines);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(FixFiles.Fixable, File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task ReadOnlyFile_GetsOneLine_StaysUntouched_AndItsFindingsAreStillReported()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);
        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", "report.md");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(["opengovlint: report.md is read-only; the fixes were not written"], result.StderrLines);
            Assert.DoesNotContain("Nothing to fix", result.Stdout, StringComparison.Ordinal);
            Assert.StartsWith("report.md:", result.StdoutLines[0], StringComparison.Ordinal);
            Assert.Contains(result.StdoutLines, l => l.Contains(" OGL1003: ", StringComparison.Ordinal));
            Assert.Equal(FixFiles.Fixable, File.ReadAllText(path));
            Assert.Single(Directory.GetFiles(folder.Path));
        }
        finally
        {
            File.SetAttributes(path, FileAttributes.Normal);
        }
    }

    [Fact]
    public async Task UnwritableFile_GetsOneLine_AndStaysUntouched_WhileTheOtherFilesAreFixed()
    {
        using var folder = new TempFolder();
        string locked = folder.Write("a.md", FixFiles.Fixable);
        string other = folder.Write("b.md", FixFiles.Fixable);
        var files = new FileOperations
        {
            WriteNew = (path, bytes) =>
            {
                if (Path.GetFileName(path).StartsWith(".a.md.", StringComparison.Ordinal))
                {
                    throw new UnauthorizedAccessException("Access to the path is denied.");
                }

                FileOperations.FileSystem.WriteNew(path, bytes);
            },
        };

        var result = await CliRun.RunWithFilesAsync(folder.Path, files, "check", "--fix", "--lang", "en", ".");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: cannot write a.md; the fixes were not written (Access to the path is denied.)"], result.StderrLines);
        Assert.Equal("Fixed 4: OGL1003×1, OGL2008×1, OGL5003×2", result.StdoutLines[0]);
        Assert.Equal(FixFiles.Fixable, File.ReadAllText(locked));
        Assert.Equal(FixFiles.FixableFixed, File.ReadAllText(other));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public async Task FileEditedBetweenReadAndWrite_IsLeftAsTheEditorSavedIt()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);
        const string Edited = "厦门市测试局2024年政府信息公开工作年度报告\n\n刚刚保存的内容\n";
        var files = new FileOperations { BeforeReplace = target => File.WriteAllText(target, Edited) };

        var result = await CliRun.RunWithFilesAsync(folder.Path, files, "check", "--fix", "--lang", "en", "report.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: report.md changed after it was read; the fixes were not written (run again)"], result.StderrLines);
        Assert.Equal(Edited, File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task FileEditedBetweenReadAndWrite_IsNoticedByItsBytes_WhenLengthAndTimeAreTheSame()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);
        DateTime time = File.GetLastWriteTimeUtc(path);
        string sameLength = FixFiles.Fixable.Replace("本局", "该局", StringComparison.Ordinal);
        var files = new FileOperations
        {
            BeforeReplace = target =>
            {
                File.WriteAllText(target, sameLength);
                File.SetLastWriteTimeUtc(target, time);
            },
        };

        var result = await CliRun.RunWithFilesAsync(folder.Path, files, "check", "--fix", "--lang", "en", "report.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: report.md changed after it was read; the fixes were not written (run again)"], result.StderrLines);
        Assert.Equal(sameLength, File.ReadAllText(path));
    }

    [Fact]
    public async Task ReadOnlyFolder_WhenTheUserCannotWriteIt_LeavesTheFileAlone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string reports = folder.CreateFolder("reports");
        string path = Path.Combine(reports, "report.md");
        File.WriteAllText(path, FixFiles.Fixable);
        File.SetUnixFileMode(reports, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        try
        {
            bool canStillWrite = CanCreateFileIn(reports);
            var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", "reports/report.md");

            if (canStillWrite)
            {
                // Root ignores folder permissions: the fix goes through, as it would for any writable folder.
                Assert.Equal(FixFiles.FixableFixed, File.ReadAllText(path));
            }
            else
            {
                Assert.Equal(2, result.ExitCode);
                Assert.StartsWith("opengovlint: cannot write reports/report.md; the fixes were not written (", result.StderrLines.Single(), StringComparison.Ordinal);
                Assert.Equal(FixFiles.Fixable, File.ReadAllText(path));
            }

            Assert.Single(Directory.GetFiles(reports));
        }
        finally
        {
            File.SetUnixFileMode(reports, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task Fix_KeepsTheFilesPermissions()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, mode);

        await CliRun.RunAsync(folder.Path, "check", "--fix", "report.md");

        Assert.Equal(FixFiles.FixableFixed, File.ReadAllText(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task Fix_KeepsCrLf()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", FixFiles.Fixable.ReplaceLineEndings("\r\n"));

        var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "report.md");

        Assert.Equal("已修复 4 处：OGL1003×1、OGL2008×1、OGL5003×2", result.StdoutLines[0]);
        Assert.Equal(FixFiles.FixableFixed.ReplaceLineEndings("\r\n"), File.ReadAllText(path));
    }

    [Fact]
    public async Task Fix_KeepsTheUtf8Bom()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("report.md", FixFiles.Utf8Bom(FixFiles.Fixable));

        await CliRun.RunAsync(folder.Path, "check", "--fix", "report.md");

        Assert.Equal(FixFiles.Utf8Bom(FixFiles.FixableFixed), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Fix_WritesAGb18030FileBackInGb18030_AndLeavesTheUntouchedBytesAsTheyWere()
    {
        using var folder = new TempFolder();
        var gb = FixFiles.Gb18030;
        byte[] original = gb.GetBytes(FixFiles.Fixable);
        string path = folder.WriteBytes("report.md", original);

        var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", "--verbose", "report.md");

        byte[] written = File.ReadAllBytes(path);
        Assert.Equal(gb.GetBytes(FixFiles.FixableFixed), written);
        Assert.Contains("opengovlint: checked report.md (gb18030, 3 findings)", result.StderrLines);

        // Everything before the first fix (the title and the preamble) and after the last one is byte for byte the same.
        int firstFix = gb.GetByteCount(FixFiles.Fixable[..FixFiles.Fixable.IndexOf("基本情况", StringComparison.Ordinal)]);
        int afterLastFix = gb.GetByteCount(FixFiles.Fixable[(FixFiles.Fixable.IndexOf("| 规章 | ０ |", StringComparison.Ordinal) + 10)..]);
        Assert.Equal(original[..firstFix], written[..firstFix]);
        Assert.Equal(original[^afterLastFix..], written[^afterLastFix..]);
    }

    [Fact]
    public async Task Fix_KeepsMixedLineBreaks_OutsideTheFixedRanges()
    {
        using var folder = new TempFolder();
        var lines = FixFiles.LinesWithBreaks(FixFiles.Fixable);
        string mixed = string.Concat(lines.Select((line, i) => i % 3 == 0 ? line.TrimEnd('\n') + "\r\n" : line));
        string path = folder.Write("report.md", mixed);

        await CliRun.RunAsync(folder.Path, "check", "--fix", "report.md");

        var before = FixFiles.LinesWithBreaks(mixed);
        var after = FixFiles.LinesWithBreaks(File.ReadAllText(path));
        var expected = FixFiles.LinesWithBreaks(FixFiles.FixableFixed);
        Assert.Equal(before.Count, after.Count);
        for (int i = 0; i < before.Count; i++)
        {
            Assert.Equal(FixFiles.Break(before[i]), FixFiles.Break(after[i]));
            Assert.Equal(expected[i].TrimEnd('\n'), after[i][..^FixFiles.Break(after[i]).Length]);
        }
    }

    [Fact]
    public async Task Fix_PassesUndecodableFilesThrough_WithTheirFinding()
    {
        using var folder = new TempFolder();
        string path = folder.WriteBytes("a.md", Reports.Binary);

        var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "--lang", "en", "a.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Nothing to fix", result.StdoutLines[0]);
        Assert.StartsWith("a.md:1:1: error OGL9002", result.StdoutLines[1], StringComparison.Ordinal);
        Assert.Equal(Reports.Binary, File.ReadAllBytes(path));
    }

    private static bool CanCreateFileIn(string folder)
    {
        string probe = Path.Combine(folder, ".probe");
        try
        {
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
