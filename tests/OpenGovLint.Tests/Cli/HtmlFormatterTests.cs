using System.Text.Json;
using System.Xml.Linq;
using OpenGovLint.Cli.Output;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Text;

namespace OpenGovLint.Tests.Cli;

/// <summary>The HTML page read as XML: encoding, the official form's merged headers, and which cells are marked.</summary>
public sealed class HtmlFormatterTests
{
    private static string Canonical => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "clean", "canonical-2025.md"));

    [Fact]
    public async Task ReportText_IsEncoded_AndThePageIsWellFormed()
    {
        using var folder = new TempFolder();
        string report = Canonical
            .Replace("# 示范市数据管理局2025年", "# 示范市<script>alert(\"x\")</script>&局2025年", StringComparison.Ordinal)
            .Replace("| 行政许可 | 120 |", "| 行政许可 | 1<b>2</b> |", StringComparison.Ordinal)
            .Replace("发布政策解读12篇。", "发布政策解读12篇。<img src=x onerror=alert(1)>", StringComparison.Ordinal);
        folder.Write("a.md", report);

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "html", "a.md");

        Assert.DoesNotContain("<script", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("示范市&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;局2025年", result.Stdout, StringComparison.Ordinal);
        var page = HtmlPage.Parse(result.Stdout);

        // Text that is not a figure is read as the label of an unknown row (OGL2009), shown as written.
        var cell = HtmlPage.MarkedCells(HtmlPage.Form(HtmlPage.Report(page, "a.md"), 2)).Single(c => c.Element("span")!.Value == "1<b>2</b>");
        Assert.Equal("OGL2009", cell.Attr("data-ids"));
        Assert.Contains("1&lt;b&gt;2&lt;/b&gt;", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoding_ReplacesWhatXmlForbids_AndKeepsLineBreaksInAttributes()
    {
        Assert.Equal("a&lt;b&gt;&amp;&quot;&#39;\uFFFD\uFFFD😀", HtmlEncoding.Encode("a<b>&\"'\u0001\uD800😀"));
        var html = new HtmlBuilder().Element("td", "x", ("title", "one\ntwo"), ("data-none", null)).ToString();
        Assert.Equal("<td title=\"one&#10;two\">x</td>", html);
    }

    [Fact]
    public async Task Forms_HaveTheMergedHeadersOfThe2021Layout()
    {
        var page = HtmlPage.Parse((await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html", "004_967f38775ba27571.md")).Stdout);
        var report = HtmlPage.Report(page, "004_967f38775ba27571.md");

        // Table 2: four blocks, each a caption across the four columns and a 信息内容 header row.
        var t2 = HtmlPage.Form(report, 2);
        var blocks = t2.Descendants("tr").Where(r => r.Attr("class") == "block").ToArray();
        Assert.Equal(["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"], blocks.Select(b => b.Value));
        Assert.All(blocks, b => Assert.Equal("4", b.Element("th")!.Attr("colspan")));
        var headers = t2.Descendants("tr").Where(r => r.Attr("class") == "columns").ToArray();
        Assert.All(headers, h => Assert.Equal("信息内容", h.Elements("th").First().Value));
        Assert.Equal([4, 2, 2, 2], headers.Select(h => h.Elements("th").Count()));
        Assert.All(HtmlPage.GridWidths(t2.Descendants("tr").ToArray()), w => Assert.Equal(4, w));

        // Table 3: note (3 rows) · 申请人情况 (7) / 自然人 (2 rows) · 法人或其他组织 (5) · 总计 (2 rows) / five kinds.
        var t3Head = HtmlPage.Form(report, 3).Element("thead")!.Elements("tr").ToArray();
        Assert.Equal(3, t3Head.Length);
        Assert.Equal([("3", null), (null, "7")], t3Head[0].Elements("th").Select(Spans));
        Assert.Equal(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"], t3Head[0].Elements("th").Select(t => t.Value));
        Assert.Equal([("2", null), (null, "5"), ("2", null)], t3Head[1].Elements("th").Select(Spans));
        Assert.Equal(["自然人", "法人或其他组织", "总计"], t3Head[1].Elements("th").Select(t => t.Value));
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], t3Head[2].Elements("th").Select(t => t.Value));
        Assert.All(HtmlPage.GridWidths(HtmlPage.Form(report, 3).Descendants("tr").ToArray()), w => Assert.Equal(8, w));

        // Table 4: 行政复议 (5, 2 rows) · 行政诉讼 (10) / 未经复议直接起诉 (5) · 复议后起诉 (5) / 15 columns; one data row.
        var t4 = HtmlPage.Form(report, 4);
        var t4Head = t4.Element("thead")!.Elements("tr").ToArray();
        Assert.Equal([("2", "5"), (null, "10")], t4Head[0].Elements("th").Select(Spans));
        Assert.Equal(["行政复议", "行政诉讼"], t4Head[0].Elements("th").Select(t => t.Value));
        Assert.Equal(["未经复议直接起诉", "复议后起诉"], t4Head[1].Elements("th").Select(t => t.Value));
        Assert.Equal(15, t4Head[2].Elements("th").Count());
        Assert.All(HtmlPage.GridWidths(t4.Descendants("tr").ToArray()), w => Assert.Equal(15, w));

        static (string? RowSpan, string? ColSpan) Spans(XElement th) => (th.Attr("rowspan"), th.Attr("colspan"));
    }

    [Fact]
    public async Task Table3Rows_AreIndentedByGroup_AndWrongCountRowsShownAsRead()
    {
        var page = HtmlPage.Parse((await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html", "004_967f38775ba27571.md")).Stdout);
        var t3 = HtmlPage.Form(HtmlPage.Report(page, "004_967f38775ba27571.md"), 3);
        var rows = t3.Element("tbody")!.Elements("tr").ToDictionary(r => r.Attr("data-row")!);

        Assert.Equal(Table3Layout.Rows.Select(r => r.Key), rows.Keys);
        Assert.Equal("label group-label", rows[Table3Layout.Results].Element("td")!.Attr("class"));
        Assert.StartsWith("label level1", rows[Table3Layout.Granted].Element("td")!.Attr("class"), StringComparison.Ordinal);
        Assert.StartsWith("label level2", rows["T3.Denied.1"].Element("td")!.Attr("class"), StringComparison.Ordinal);

        var granted = rows[Table3Layout.Granted];
        Assert.Equal("miscount", granted.Attr("class"));
        var cells = granted.Elements("td").Skip(1).ToArray();
        Assert.Equal(6, cells.Count(c => c.Attr("class")!.StartsWith("value", StringComparison.Ordinal)));
        Assert.StartsWith("absent", cells[^1].Attr("class"), StringComparison.Ordinal);
        Assert.All(cells.Take(6), c => Assert.Contains("OGL2003", c.Attr("data-ids"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkedCells_AreTheCellsThatFindingsInvolve()
    {
        using var folder = new TempFolder();
        string report = Canonical
            .Replace("| 规章 | 0 | 0 | 2 |", "| 规章 | 00 | 0 | 2 |", StringComparison.Ordinal)
            .Replace("| 行政许可 | 120 |", "| 行政许可 | 1.5 |", StringComparison.Ordinal)
            .Replace("| 2.重复申请 | 1 |", "| 2.重复申请 | 01 |", StringComparison.Ordinal);
        folder.Write("a.md", report);

        var page = HtmlPage.Parse((await CliRun.RunAsync(folder.Path, "check", "--format", "html", "--min-severity", "hint", "a.md")).Stdout);
        var section = HtmlPage.Report(page, "a.md");

        var t2 = HtmlPage.Form(section, 2);
        Assert.Equal(["00", "1.5"], HtmlPage.MarkedCells(t2).Select(c => c.Element("span")!.Value));
        Assert.Equal(["value mark sev-info", "value mark sev-error"], HtmlPage.MarkedCells(t2).Select(c => c.Attr("class")));
        Assert.Equal(["OGL2008", "OGL2006"], HtmlPage.MarkedCells(t2).Select(c => c.Attr("data-ids")));
        var t3 = HtmlPage.Form(section, 3);
        Assert.Equal(["01"], HtmlPage.MarkedCells(t3).Select(c => c.Element("span")!.Value));
        Assert.Empty(HtmlPage.MarkedCells(HtmlPage.Form(section, 4)));

        // Each marked cell names its findings in its title and links to the numbered list under its table.
        var listed = section.WithClass("ol", "numbered").SelectMany(o => o.Elements("li")).ToArray();
        Assert.Equal(["OGL2008", "OGL2006", "OGL2008"], listed.Select(li => li.Attr("data-id")));
        Assert.StartsWith("[1] OGL2008", HtmlPage.MarkedCells(t2).First().Attr("title"), StringComparison.Ordinal);
        Assert.Equal("#report-1-t2-f1", HtmlPage.MarkedCells(t2).First().Descendants("a").Single().Attr("href"));
        Assert.Equal("report-1-t2-f1", listed[0].Attr("id"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ForEverySample_FindingsListedUnderTheTables_AreThoseThatInvolveTheirCells(string name)
    {
        var page = HtmlPage.Parse((await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html", "--min-severity", "hint", name)).Stdout);
        var section = HtmlPage.Report(page, name);

        // Computed here from the model, independently of the page: the cells the form shows are the row labels, the
        // values and the unknown rows' labels (table 4 shows no label column).
        var result = new ReportAnalyzer().Analyze(File.ReadAllText(Path.Combine(CliRun.SamplesFolder, name)));
        var document = result.Document!;
        foreach (var table in document.Tables)
        {
            var spans = table.Rows.SelectMany(r => r.Values.Select(v => v.Span).Concat(table.Kind == StandardTable.ReviewLitigation ? [] : [r.Label.Span]))
                .Concat(table.UnknownLabels.Select(l => l.Span))
                .ToArray();
            var expected = result.Diagnostics
                .Where(d => spans.Any(s => Overlaps(d.Span, s) || d.RelatedLocations.Any(r => Overlaps(r.Span, s))))
                .Select(d => d.Id)
                .ToArray();
            var form = HtmlPage.Form(section, (int)table.Kind);
            var listed = form.Parent!.WithClass("ol", "numbered").SelectMany(o => o.Elements("li")).Select(li => li.Attr("data-id")).ToArray();
            Assert.Equal(expected, listed);
            var markedIds = HtmlPage.MarkedCells(form).SelectMany(c => c.Attr("data-ids")!.Split(' ')).ToHashSet();
            Assert.True(expected.ToHashSet().SetEquals(markedIds), $"table {(int)table.Kind}: marked {string.Join(",", markedIds)}");
        }
    }

    [Fact]
    public async Task Summary_CountsEqualTheFindings_AndEnglishIsAvailable()
    {
        var html = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html", "--lang", "en", "--min-severity", "hint");
        var json = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");
        using var parsed = JsonDocument.Parse(json.Stdout);
        var diagnostics = parsed.RootElement.GetProperty("files").EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).ToArray();
        var page = HtmlPage.Parse(html.Stdout);

        Assert.Equal("en", page.Root!.Attr("lang"));
        Assert.Equal("Summary", page.Descendants("h2").First().Value);
        Assert.Equal(html.ExitCode, json.ExitCode);
        var counts = page.Descendants("div").Where(d => d.Attr("class")?.StartsWith("cards", StringComparison.Ordinal) == true).Single()
            .WithClass("span", "count").ToDictionary(s => s.Attr("data-severity") ?? s.Attr("data-count")!, s => int.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, counts["files"]);
        Assert.Equal(diagnostics.Length, counts["total"]);
        foreach (var severity in new[] { "error", "warning", "info", "hint" })
        {
            Assert.Equal(diagnostics.Count(d => d.GetProperty("severity").GetString() == severity), counts[severity]);
        }

        var byRule = page.Descendants("tr").Where(r => r.Attr("data-rule") is not null)
            .ToDictionary(r => r.Attr("data-rule")!, r => int.Parse(r.WithClass("td", "total").Single().Attr("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
        var expected = diagnostics.GroupBy(d => d.GetProperty("id").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), byRule.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ByDefault_ThePageShowsErrorsAndWarnings_AndSaysWhatItLeftOut()
    {
        var html = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "html");
        var json = await CliRun.RunAsync(CliRun.SamplesFolder, "check", "--format", "json");
        using var parsed = JsonDocument.Parse(json.Stdout);
        var severities = parsed.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(f => f.GetProperty("diagnostics").EnumerateArray()).Select(d => d.GetProperty("severity").GetString()).ToArray();
        var page = HtmlPage.Parse(html.Stdout);

        var counts = page.Descendants("div").Single(d => d.Attr("class") == "cards")
            .WithClass("span", "count").ToDictionary(s => s.Attr("data-severity") ?? s.Attr("data-count")!, s => int.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture));
        int errorsAndWarnings = severities.Count(s => s is "error" or "warning");
        Assert.Equal(errorsAndWarnings, counts["total"]);
        Assert.Equal(0, counts["info"] + counts["hint"]);
        Assert.Equal(errorsAndWarnings, page.Descendants("li").Count(li => li.Attr("data-id") is not null));
        string note = page.Descendants("p").Single(p => p.Attr("class") == "hidden-findings").Value;
        Assert.Equal($"另有 {severities.Count(s => s is "info" or "hint")} 个提示和信息未显示（--min-severity hint 显示全部）", note);
        Assert.Equal(json.ExitCode, html.ExitCode);
    }

    [Fact]
    public async Task UnreadableFile_ListsItsFindingWithoutTables()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("a.md", Reports.Binary);

        var page = HtmlPage.Parse((await CliRun.RunAsync(folder.Path, "check", "--format", "html", "a.md")).Stdout);

        var section = HtmlPage.Report(page, "a.md");
        Assert.Empty(section.Descendants("table"));
        Assert.Equal("OGL9002", Assert.Single(section.Descendants("li")).Attr("data-id"));
    }

    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(CliRun.SamplesFolder, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    private static bool Overlaps(TextSpan finding, TextSpan cell) =>
        finding.IsEmpty || cell.IsEmpty
            ? finding.Start == cell.Start || (finding.IsEmpty ? cell.Contains(finding.Start) : finding.Contains(cell.Start))
            : finding.OverlapsWith(cell);
}
