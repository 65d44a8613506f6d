using System.Text.Json;
using OpenGovLint.Cli.Input;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Model;

namespace OpenGovLint.Tests.Cli;

public sealed class OtherCommandTests
{
    [Fact]
    public async Task Rules_ListsTheCatalogue_InTheChosenLanguage()
    {
        using var folder = new TempFolder();

        var zh = await CliRun.RunAsync(folder.Path, "rules");
        var en = await CliRun.RunAsync(folder.Path, "rules", "--lang", "en");

        Assert.Equal(0, zh.ExitCode);
        Assert.Equal(RuleDescriptors.All.Count, zh.StdoutLines.Length);
        Assert.Matches(@"^OGL1001\s+missing-section\s+error\s+安全\s+2019试行、2021\s+缺少必备部分$", zh.StdoutLines[0]);
        Assert.Matches(@"^OGL1001\s+missing-section\s+error\s+safe\s+2019-trial, 2021\s+Missing section$", en.StdoutLines[0]);
        Assert.Matches(@"^OGL2004\s+missing-row\s+error\s+unsafe\s+", en.StdoutLines.Single(l => l.StartsWith("OGL2004", StringComparison.Ordinal)));

        // The editions each rule checks (spec §7).
        Assert.Matches(@"^OGL1008\s+legacy-layout\s+info\s+-\s+pre-2019\s+", en.StdoutLines.Single(l => l.StartsWith("OGL1008", StringComparison.Ordinal)));
        Assert.Matches(@"^OGL4004\s+fee-statement-missing\s+warning\s+-\s+2021\s+", en.StdoutLines.Single(l => l.StartsWith("OGL4004", StringComparison.Ordinal)));
        Assert.Matches(@"^OGL5001\s+placeholder\s+error\s+-\s+all\s+", en.StdoutLines.Single(l => l.StartsWith("OGL5001", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Rules_Json_HasEveryRule()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "rules", "--format", "json");

        using var json = JsonDocument.Parse(result.Stdout);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Equal(RuleDescriptors.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("hint", rules.Single(r => r.GetProperty("id").GetString() == "OGL5003").GetProperty("defaultSeverity").GetString());
        foreach (var rule in rules)
        {
            var descriptor = RuleDescriptors.Find(rule.GetProperty("id").GetString()!)!;
            Assert.Equal(descriptor.Editions.Members().Select(e => e.Code()), rule.GetProperty("editions").EnumerateArray().Select(e => e.GetString()));
        }
    }

    [Fact]
    public async Task Rules_Sarif_IsRefused()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "rules", "--format", "sarif");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: rules 命令不支持该格式：sarif（可用：text、json）"], result.StderrLines);
    }

    [Fact]
    public async Task Model_PrintsTheReportModel()
    {
        var result = await CliRun.RunAsync(CliRun.SamplesFolder, "model", "001_005a5aad0509405d.md");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.Stdout.Trim());
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public async Task Model_MissingFile_ExitsTwo()
    {
        using var folder = new TempFolder();

        var result = await CliRun.RunAsync(folder.Path, "model", "x.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(["opengovlint: 找不到路径：x.md"], result.StderrLines);
    }

    [Fact]
    public async Task Help_AndVersion()
    {
        using var folder = new TempFolder();

        var help = await CliRun.RunAsync(folder.Path, "--help", "--lang", "en");
        var version = await CliRun.RunAsync(folder.Path, "--version");

        Assert.Equal(0, help.ExitCode);
        Assert.StartsWith("Usage: opengovlint <command> [options]", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("--format FMT", help.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^opengovlint \d+\.\d+\.\d+", version.Stdout);
    }

    [Theory]
    [InlineData("*.md", "report.md", true)]
    [InlineData("*.md", "report.txt", false)]
    [InlineData("r?port.md", "report.md", true)]
    [InlineData("r?port.md", "rport.md", false)]
    [InlineData("*2023*", "广州市2023年报告.md", true)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    [InlineData("", "", true)]
    public void WildcardPattern_MatchesOneSegment(string pattern, string name, bool expected) =>
        Assert.Equal(expected, WildcardPattern.IsMatch(pattern, name));

    [Fact]
    public void GlobExpander_HandlesStarsInFoldersAndTrailingDoubleStar()
    {
        using var folder = new TempFolder();
        string a = folder.WriteBytes("2022/x/a.md", Reports.Binary);
        string b = folder.WriteBytes("2023/y/b.md", Reports.Binary);
        string c = folder.WriteBytes("2023/y/c.txt", Reports.Binary);
        folder.WriteBytes("2023/node_modules/d.md", Reports.Binary);

        Assert.Equal([a, b], GlobExpander.Expand("20*/*/*.md", folder.Path));
        Assert.Equal([b, c], GlobExpander.Expand("2023/**", folder.Path));
        Assert.Equal([b], GlobExpander.Expand(Path.Combine(folder.Path, "2023") + "/**/b.?d", folder.Path));
    }
}
