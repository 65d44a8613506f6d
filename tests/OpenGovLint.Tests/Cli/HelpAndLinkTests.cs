using System.Text.Json;
using System.Text.RegularExpressions;
using OpenGovLint.Cli.Arguments;
using OpenGovLint.Core.Diagnostics;

namespace OpenGovLint.Tests.Cli;

/// <summary>The help lists every output format; every rule link in every output comes from the one base address.</summary>
public sealed partial class HelpAndLinkTests
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public async Task Help_ListsEveryFormatOnTheFormatLine(string language)
    {
        using var folder = new TempFolder();

        var help = await CliRun.RunAsync(folder.Path, "--help", "--lang", language);

        string formatLine = Assert.Single(help.StdoutLines, l => l.TrimStart().StartsWith("-f, --format", StringComparison.Ordinal));
        foreach (var format in Enum.GetValues<OutputFormat>())
        {
            Assert.Contains(format.ToString().ToLowerInvariant(), formatLine, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task JsonSarifAndHtml_LinkEveryRuleToItsPageUnderTheOneBase()
    {
        using var folder = new TempFolder();
        var json = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "json");
        var sarif = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "sarif");
        var html = await CliRun.RunAsync(folder.Path, "check", CliRun.SamplesFolder, "--format", "html");

        using var jsonDocument = JsonDocument.Parse(json.Stdout);
        var jsonLinks = jsonDocument.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
            .Select(d => (Id: d.GetProperty("id").GetString()!, Link: d.GetProperty("helpUri").GetString()!))
            .ToArray();
        using var sarifDocument = JsonDocument.Parse(sarif.Stdout);
        var driver = sarifDocument.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        var sarifLinks = driver.GetProperty("rules").EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetString()!, Link: r.GetProperty("helpUri").GetString()!))
            .ToArray();
        var htmlLinks = RuleLink().Matches(html.Stdout).Select(m => (Id: m.Groups["id"].Value, Link: m.Groups["href"].Value)).ToArray();

        Assert.NotEmpty(jsonLinks);
        Assert.NotEmpty(sarifLinks);
        Assert.NotEmpty(htmlLinks);
        Assert.All(jsonLinks.Concat(sarifLinks).Concat(htmlLinks), l => Assert.Equal(ProductLinks.RuleHelpBase + l.Id + ".md", l.Link));
        Assert.Equal(ProductLinks.Repository, driver.GetProperty("informationUri").GetString());
        Assert.StartsWith(ProductLinks.Repository + "/", ProductLinks.RuleHelpBase, StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" class=\"rule\">(?<id>OGL\\d{4})</a>")]
    private static partial Regex RuleLink();
}
