using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;

namespace OpenGovLint.Tests.Cli;

/// <summary><c>opengovlint new</c> and <c>opengovlint explain</c>.</summary>
public sealed class NewAndExplainTests
{
    [Fact]
    public async Task New_PrintsTheTemplate()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "new", "--agency", "厦门市测试局", "--year", "2024");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(ReportTemplate.Create("厦门市测试局", 2024), result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task New_Template_ChecksWithNothingButPlaceholders()
    {
        using var folder = new TempFolder();

        var created = await CliRun.RunAsync(folder.Path, "new", "--agency", "厦门市测试局", "--year=2024", "--output", "report.md");
        var check = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "report.md");

        Assert.Equal(0, created.ExitCode);
        Assert.Equal(string.Empty, created.Stdout);
        using var json = System.Text.Json.JsonDocument.Parse(check.Stdout);
        var rules = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToArray();
        Assert.All(rules, id => Assert.Equal("OGL5001", id));
    }

    [Fact]
    public async Task New_NeverOverwritesAFile()
    {
        using var folder = new TempFolder();
        string path = folder.Write("report.md", "已有内容\n");

        var result = await CliRun.RunAsync(folder.Path, "new", "--agency", "厦门市测试局", "--year", "2024", "--output", "report.md", "--lang", "en");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: report.md already exists; not overwritten"], result.StderrLines);
        Assert.Equal("已有内容\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("opengovlint: new 命令需要 --agency 机关名称", "new", "--year", "2024")]
    [InlineData("opengovlint: 机关名称不能为空，也不能包含换行", "new", "--agency", " ", "--year", "2024")]
    [InlineData("opengovlint: 机关名称不能为空，也不能包含换行", "new", "--agency", "厦门市\n测试局", "--year", "2024")]
    [InlineData("opengovlint: new 命令需要 --year 年份（四位数字，如 2024）", "new", "--agency", "厦门市测试局")]
    [InlineData("opengovlint: --year 的值无效：24（应为四位数字的年份，如 2024）", "new", "--agency", "厦门市测试局", "--year", "24")]
    [InlineData("opengovlint: --year 的值无效：２０２４（应为四位数字的年份，如 2024）", "new", "--agency", "厦门市测试局", "--year", "２０２４")]
    [InlineData("opengovlint: --year 的值无效：2024年（应为四位数字的年份，如 2024）", "new", "--agency", "厦门市测试局", "--year", "2024年")]
    [InlineData("opengovlint: 多余的参数：x", "new", "x", "--agency", "厦门市测试局", "--year", "2024")]
    public async Task New_BadArguments_GetOneLine_AndExitTwo(string message, params string[] args)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], result.StderrLines);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Theory]
    [InlineData("OGL2002")]
    [InlineData("ogl2002")]
    [InlineData("not-a-pipe-table")]
    public async Task Explain_PrintsTheRulesPage_OrItsCatalogueEntry(string rule)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "explain", rule);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        string page = Path.Combine(CliRun.RepositoryRoot(), "docs", "rules", "OGL2002.md");
        if (File.Exists(page))
        {
            Assert.Equal(File.ReadAllText(page).ReplaceLineEndings("\n").TrimEnd('\n'), result.Stdout.TrimEnd('\n'));
        }
        else
        {
            Assert.Equal("# OGL2002 not-a-pipe-table: " + RuleDescriptors.NotAPipeTable.Title(Core.Localization.MessageLanguage.Chinese), result.StdoutLines[0]);
        }
    }

    [Fact]
    public async Task Explain_EveryRule_PrintsSomething()
    {
        using var folder = new TempFolder();
        foreach (var descriptor in RuleDescriptors.All)
        {
            var result = await CliRun.RunAsync(folder.Path, "explain", descriptor.Id, "--lang", "en");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains(descriptor.Id, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Explain_WithoutAPage_FallsBackToTheCatalogue_InTheChosenLanguage()
    {
        var descriptor = RuleDescriptors.All.FirstOrDefault(d => !File.Exists(Path.Combine(CliRun.RepositoryRoot(), "docs", "rules", d.Id + ".md")));
        if (descriptor is null)
        {
            return;
        }

        using var folder = new TempFolder();
        var result = await CliRun.RunAsync(folder.Path, "explain", descriptor.Name, "--lang", "en");

        Assert.Equal($"# {descriptor.Id} {descriptor.Name}: {descriptor.Title(Core.Localization.MessageLanguage.English)}", result.StdoutLines[0]);
        Assert.Equal(descriptor.Description(Core.Localization.MessageLanguage.English), result.StdoutLines[1]);
        Assert.StartsWith("Default severity: " + descriptor.DefaultSeverity.ToName(), result.StdoutLines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("opengovlint: unknown rule: OGL0000 (opengovlint rules lists them all)", "explain", "OGL0000")]
    [InlineData("opengovlint: the explain command takes one rule id or name (e.g. OGL2002 or not-a-pipe-table)", "explain")]
    [InlineData("opengovlint: the explain command takes one rule id or name (e.g. OGL2002 or not-a-pipe-table)", "explain", "OGL1001", "OGL1002")]
    public async Task Explain_UnknownRule_GetsOneLine_AndExitsTwo(string message, params string[] args)
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, [.. args, "--lang", "en"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal([message], result.StderrLines);
    }
}
