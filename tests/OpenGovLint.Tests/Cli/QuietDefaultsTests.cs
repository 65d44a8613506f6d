using System.Text.Json;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Model;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// What text output shows: errors and warnings by default, more or less with <c>--min-severity</c> or
/// <c>opengovlint_min_severity</c>, a summary that counts what it left out, and many findings of one rule in one table
/// folded into one line unless <c>--verbose</c>. JSON and SARIF keep every finding; the exit code does not change.
/// </summary>
public sealed class QuietDefaultsTests
{
    [Fact]
    public async Task ByDefault_ErrorsAndWarningsAreShown_AndTheSummaryCountsTheRest()
    {
        var text = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--verbose");
        var english = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--lang", "en");
        var counts = await JsonCounts(CliRun.SamplesFolder);

        Assert.All(text.StdoutLines.SkipLast(1), l => Assert.Matches(@": (error|warning) OGL\d{4}: ", l));
        Assert.Equal(counts.Errors + counts.Warnings, text.StdoutLines.Length - 1);
        Assert.Equal($"检查了 5 个文件：{counts.Errors} 个错误，{counts.Warnings} 个警告；另有 {counts.Infos + counts.Hints} 个提示和信息未显示（--min-severity hint 显示全部）", text.StdoutLines[^1]);
        Assert.Equal($"Checked 5 files: {counts.Errors} errors, {counts.Warnings} warnings; {counts.Infos + counts.Hints} infos/hints not shown (--min-severity hint shows all)", english.StdoutLines[^1]);
        Assert.True(counts.Infos > 0 && counts.Hints > 0, "the samples have infos and hints to hide");
        Assert.Equal(counts.Exit, text.ExitCode);
    }

    [Fact]
    public async Task MinSeverity_SelectsMoreOrLess_WithoutChangingTheExitCode()
    {
        var errors = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--min-severity", "error", "--verbose");
        var infos = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--min-severity=info", "--verbose");
        var all = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--min-severity", "hint", "--verbose");
        var counts = await JsonCounts(CliRun.SamplesFolder);

        Assert.All(errors.StdoutLines.SkipLast(1), l => Assert.Contains(": error OGL", l, StringComparison.Ordinal));
        Assert.Equal(counts.Errors, errors.StdoutLines.Length - 1);
        Assert.Equal($"检查了 5 个文件：{counts.Errors} 个错误；另有 {counts.Warnings} 个警告、{counts.Infos + counts.Hints} 个提示和信息未显示（--min-severity hint 显示全部）", errors.StdoutLines[^1]);
        Assert.Equal(counts.Errors + counts.Warnings + counts.Infos, infos.StdoutLines.Length - 1);
        Assert.Equal($"检查了 5 个文件：{counts.Errors} 个错误，{counts.Warnings} 个警告，{counts.Infos} 个信息；另有 {counts.Hints} 个提示未显示（--min-severity hint 显示全部）", infos.StdoutLines[^1]);
        Assert.Equal(counts.Errors + counts.Warnings + counts.Infos + counts.Hints, all.StdoutLines.Length - 1);
        Assert.Equal($"检查了 5 个文件：{counts.Errors} 个错误，{counts.Warnings} 个警告，{counts.Infos + counts.Hints} 个提示和信息", all.StdoutLines[^1]);
        Assert.All(new[] { errors, infos, all }, r => Assert.Equal(counts.Exit, r.ExitCode));
    }

    [Fact]
    public async Task JsonAndSarif_KeepEveryFinding_WhateverTheThreshold()
    {
        var counts = await JsonCounts(CliRun.SamplesFolder);
        var json = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json", "--min-severity", "error");
        var sarif = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "sarif", "--min-severity", "error");

        using var jsonDocument = JsonDocument.Parse(json.Stdout);
        using var sarifDocument = JsonDocument.Parse(sarif.Stdout);
        int total = counts.Errors + counts.Warnings + counts.Infos + counts.Hints;
        Assert.Equal(total, jsonDocument.RootElement.GetProperty("files").EnumerateArray().Sum(f => f.GetProperty("diagnostics").GetArrayLength()));
        Assert.Equal(total, sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task EditorConfig_SetsTheThresholdPerFolder_AndTheCommandLineOverridesIt()
    {
        using var folder = new TempFolder();
        string report = File.ReadAllText(Path.Combine(CliRun.SamplesFolder, "000_29e1783e63094bdd.md"));
        folder.Write("strict/2025.md", report);
        folder.Write("loose/2025.md", report);
        folder.Write("loose/.editorconfig", "[*.md]\nopengovlint_min_severity = hint\n");

        var mixed = await CliRun.RunAsync(folder.Path, "check", "--verbose");
        var overridden = await CliRun.RunAsync(folder.Path, "check", "--verbose", "--min-severity", "warning");

        string loose = "loose" + Path.DirectorySeparatorChar;
        string strict = "strict" + Path.DirectorySeparatorChar;
        Assert.Contains(mixed.StdoutLines, l => l.StartsWith(loose, StringComparison.Ordinal) && l.Contains(": hint OGL", StringComparison.Ordinal));
        Assert.DoesNotContain(mixed.StdoutLines, l => l.StartsWith(strict, StringComparison.Ordinal) && l.Contains(": hint OGL", StringComparison.Ordinal));
        Assert.DoesNotContain(overridden.StdoutLines, l => l.Contains(": hint OGL", StringComparison.Ordinal) || l.Contains(": info OGL", StringComparison.Ordinal));
        Assert.Contains("个提示和信息未显示", mixed.StdoutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadThreshold_IsOneLine_AndExitTwo()
    {
        var result = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--min-severity", "loud");
        var misplaced = await CliRun.RunAsync(CliRun.SamplesFolder, "rules", "--min-severity", "error");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: --min-severity 的值无效：loud（可用：hint、info、warning、error）"], result.StderrLines);
        Assert.Equal(2, misplaced.ExitCode);
        Assert.Equal(["opengovlint: 选项 --min-severity 只能用于 check 命令"], misplaced.StderrLines);
    }

    [Fact]
    public async Task ManyFindingsOfOneRuleInOneTable_AreFoldedIntoOneLine_UnlessVerbose()
    {
        const string name = "000_29e1783e63094bdd.md";
        var folded = await CliRun.RunAsync(CliRun.SamplesFolder, "check", name, "--min-severity", "hint");
        var verbose = await CliRun.RunAsync(CliRun.SamplesFolder, "check", name, "--min-severity", "hint", "--verbose");

        // The groups, computed here from the model: findings by rule and by the table their first line lies in.
        var result = new ReportAnalyzer().Analyze(File.ReadAllText(Path.Combine(CliRun.SamplesFolder, name)));
        var groups = result.Diagnostics
            .Select(d => (d.Id, Line: d.Range.Start.Line, Table: result.Document!.Tables.FirstOrDefault(t => d.Range.Start.Line >= t.StartLine && d.Range.Start.Line <= t.EndLine)))
            .Where(d => d.Table is not null)
            .GroupBy(d => (d.Id, d.Table!.Kind))
            .Where(g => g.Count() > 5)
            .ToArray();
        Assert.NotEmpty(groups);

        int hidden = groups.Sum(g => g.Count() - 1);
        Assert.Equal(verbose.StdoutLines.Length - hidden, folded.StdoutLines.Length);
        foreach (var group in groups)
        {
            var first = group.First();
            string table = first.Table!.Kind switch { StandardTable.ActiveDisclosure => "二", StandardTable.Applications => "三", _ => "四" };
            var lines = folded.StdoutLines.Where(l => l.Contains($" {group.Key.Id}: ", StringComparison.Ordinal) && l.Contains($"（表{table}中同类问题共 {group.Count()} 处，只列出第一处；--verbose 逐条列出）", StringComparison.Ordinal)).ToArray();
            Assert.StartsWith($"{name}:{first.Line + 1}:", Assert.Single(lines), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("只列出第一处", verbose.Stdout, StringComparison.Ordinal);
        Assert.Equal(folded.StdoutLines[^1], verbose.StdoutLines[^1]);
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(6, 1)]
    public async Task FoldingStartsAboveFiveFindings(int written, int lines)
    {
        using var folder = new TempFolder();
        string canonical = File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md"));
        string row = "| 1.属于国家秘密 | " + string.Join(" | ", Enumerable.Range(0, 7).Select(i => i < written ? "00" : "0")) + " |";
        folder.Write("2025.md", canonical.Replace("| 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", row, StringComparison.Ordinal));

        var result = await CliRun.RunAsync(folder.Path, "check", "2025.md", "--min-severity", "hint");

        var findings = result.StdoutLines.SkipLast(1).ToArray();
        Assert.Equal(lines, findings.Length);
        Assert.All(findings, l => Assert.Contains(" OGL2008: ", l, StringComparison.Ordinal));
        Assert.Equal(lines == 1, findings[0].Contains($"同类问题共 {written} 处", StringComparison.Ordinal));
    }

    private static async Task<(int Errors, int Warnings, int Infos, int Hints, int Exit)> JsonCounts(string folder)
    {
        var json = await CliRun.RunAsync(folder, "check", "--format", "json");
        using var document = JsonDocument.Parse(json.Stdout);
        var summary = document.RootElement.GetProperty("summary");
        return (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("infos").GetInt32(), summary.GetProperty("hints").GetInt32(), json.ExitCode);
    }
}
