using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace OpenGovLint.Tests.Cli;

/// <summary>
/// The HTML report of the five samples as headless Chromium renders it: the marked cells, the counts in the summary,
/// and the screenshot the README shows (docs/images/html-report.png).
/// </summary>
public sealed class HtmlReportTests
{
    [Fact]
    public async Task Samples_InTheBrowser_MarkTheCellsOfTheirFindings_AndCountThemInTheSummary()
    {
        var chromium = HeadlessChromium.Require();
        using var folder = new TempFolder();
        string page = Path.Combine(folder.Path, "report.html");
        var run = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html", "--min-severity", "hint", "--output", page);
        var json = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");
        Assert.Equal(string.Empty, run.Stderr);

        string dom = chromium.DumpDom(page);

        using var parsed = JsonDocument.Parse(json.Stdout);
        var files = parsed.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => f.GetProperty("diagnostics").EnumerateArray().ToArray());

        // Sample 004: the seven table-3 rows read with 6 values instead of 7 are flagged, their cells marked OGL2003.
        string t3 = Table(Report(dom, "004_967f38775ba27571.md"), 3);
        var miscounted = Regex.Matches(t3, "<tr class=\"miscount\" data-row=\"([^\"]+)\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.Equal(["T3.Granted", "T3.PartiallyGranted", "T3.Denied.1", "T3.Denied.2", "T3.Denied.3", "T3.Denied.4", "T3.Denied.5"], miscounted.Select(m => m.Groups[1].Value));
        foreach (Match row in miscounted)
        {
            var cells = HtmlPage.DomCells(row.Groups[2].Value).ToArray();
            Assert.Equal(6, cells.Count(c => c.Attributes["class"].StartsWith("value", StringComparison.Ordinal)));
            Assert.All(cells.Where(c => c.Attributes["class"].StartsWith("value", StringComparison.Ordinal)), c => Assert.Contains("OGL2003", c.Attributes["data-ids"], StringComparison.Ordinal));
        }

        Assert.Equal(Count(files["004_967f38775ba27571.md"], "OGL2003"), Regex.Matches(t3, "<li class=\"finding sev-error\" id=\"[^\"]+\" value=\"\\d+\" data-id=\"OGL2003\"").Count);

        // Sample 000: every value written 00 is one marked cell, and each OGL2008 finding marks one such cell.
        string sample0 = Report(dom, "000_29e1783e63094bdd.md");
        var marked = HtmlPage.DomCells(sample0).Where(c => c.Attributes.TryGetValue("data-ids", out var ids) && ids.Contains("OGL2008", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Count(files["000_29e1783e63094bdd.md"], "OGL2008"), marked.Length);
        Assert.All(marked, c => Assert.StartsWith("<span class=\"text\">00</span>", c.Inner, StringComparison.Ordinal));
        Assert.All(marked, c => Assert.Contains("sev-info", c.Attributes["class"], StringComparison.Ordinal));

        // The summary: files, findings and each severity as the JSON output counts them; each rule's count; each file's.
        var summary = parsed.RootElement.GetProperty("summary");
        Assert.Equal(5, Card(dom, "data-count", "files"));
        Assert.Equal(files.Values.Sum(d => d.Length), Card(dom, "data-count", "total"));
        Assert.Equal(summary.GetProperty("errors").GetInt32(), Card(dom, "data-severity", "error"));
        Assert.Equal(summary.GetProperty("warnings").GetInt32(), Card(dom, "data-severity", "warning"));
        Assert.Equal(summary.GetProperty("infos").GetInt32(), Card(dom, "data-severity", "info"));
        Assert.Equal(summary.GetProperty("hints").GetInt32(), Card(dom, "data-severity", "hint"));
        var ruleCounts = Regex.Matches(dom, "<tr data-rule=\"(OGL\\d+)\">.*?data-count=\"(\\d+)\">\\d+</td></tr>", RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        var expected = files.Values.SelectMany(d => d).GroupBy(d => d.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), ruleCounts.OrderBy(p => p.Key, StringComparer.Ordinal));
        foreach (var (name, diagnostics) in files)
        {
            string row = Regex.Match(dom, $"<tr data-file=\"[^\"]*{Regex.Escape(name)}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
            foreach (string severity in new[] { "error", "warning", "info", "hint" })
            {
                var count = Regex.Match(row, $"data-severity=\"{severity}\" data-count=\"(\\d+)\"");
                Assert.True(count.Success, $"{name}: no {severity} count");
                Assert.Equal(diagnostics.Count(d => d.GetProperty("severity").GetString() == severity), int.Parse(count.Groups[1].Value, CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public async Task Samples_Screenshot_IsSavedForTheReadme()
    {
        var chromium = HeadlessChromium.Require();
        RequireChineseFont();
        using var folder = new TempFolder();
        string page = Path.Combine(folder.Path, "report.html");
        await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html", "--output", page);
        string target = Path.Combine(CliRun.RepositoryRoot(), "docs", "images", "html-report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string shot = Path.Combine(folder.Path, "shot.png");

        chromium.Screenshot(page, shot, 1400, 2400);

        byte[] png = File.ReadAllBytes(shot);
        Assert.True(png.Length > 50_000, $"the screenshot is suspiciously small ({png.Length} bytes)");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        File.Copy(shot, target, overwrite: true);
    }

    /// <summary>Without a CJK font the screenshot shows boxes instead of Chinese: fail and say what to install.</summary>
    private static void RequireChineseFont()
    {
        var start = new ProcessStartInfo("fc-list", [":lang=zh", "family"]) { RedirectStandardOutput = true, UseShellExecute = false };
        string fonts;
        try
        {
            using var process = Process.Start(start)!;
            fonts = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            fonts = string.Empty;
        }

        Assert.False(string.IsNullOrWhiteSpace(fonts), "No Chinese font is installed, so the screenshot would not show the report. Run scripts/setup.sh, or: apt-get install -y fonts-noto-cjk");
    }

    private static int Count(JsonElement[] diagnostics, string id) => diagnostics.Count(d => d.GetProperty("id").GetString() == id);

    private static int Card(string dom, string attribute, string name)
    {
        var match = Regex.Match(dom, $"<span class=\"count\" {attribute}=\"{name}\" data-value=\"(\\d+)\">(\\d+)</span>");
        Assert.True(match.Success, $"no summary card for {name}");
        Assert.Equal(match.Groups[1].Value, match.Groups[2].Value);
        return int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    private static string Report(string dom, string fileName) =>
        HtmlPage.Slice(dom, $"<section class=\"report\" id=\"report-\\d+\" data-file=\"[^\"]*{Regex.Escape(fileName)}\">", "<section class=\"report\"");

    private static string Table(string report, int number) =>
        HtmlPage.Slice(report, $"<section class=\"form-block\" id=\"[^\"]+-t{number}\">", "<section class=\"form-block\"|<section class=\"prose\"");
}
