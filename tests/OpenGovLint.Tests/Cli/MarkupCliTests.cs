using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NJsonSchema;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Tests.Formats;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Cli;

/// <summary>The command line on web pages and Word files: check, convert, extract, and the files it cannot read.</summary>
public sealed class MarkupCliTests
{
    private static readonly Lazy<Task<JsonSchema>> SarifSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(CliRun.RepositoryRoot(), "tests", "OpenGovLint.Tests", "Schemas", "sarif-schema-2.1.0.json")));

    private static readonly Lazy<Task<JsonSchema>> JsonOutputSchema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(CliRun.RepositoryRoot(), "docs", "json-schema.json")));

    [Fact]
    public async Task Check_Docx_NamesTheCellOfAFinding()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("报告.docx", BrokenDocx());

        var zh = await CliRun.RunAsync(folder.Path, "check", "报告.docx");
        var en = await CliRun.RunAsync(folder.Path, "check", "--lang", "en", "报告.docx");

        Assert.Equal(1, zh.ExitCode);
        Assert.Contains(zh.StdoutLines, l => l.StartsWith("报告.docx:表2 第4行 第10列: error OGL3001: ", StringComparison.Ordinal));
        Assert.Contains(en.StdoutLines, l => l.StartsWith("报告.docx:table 2 row 4 column 10: error OGL3001: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_Docx_Sarif_HasLogicalLocations_AndIsValid()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("report.docx", BrokenDocx());

        var sarif = await CliRun.RunAsync(folder.Path, "check", "--format", "sarif", "report.docx");
        var json = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "report.docx");

        Assert.Empty((await SarifSchema.Value).Validate(sarif.Stdout));
        Assert.Empty((await JsonOutputSchema.Value).Validate(json.Stdout));
        using var document = JsonDocument.Parse(sarif.Stdout);
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "OGL3001");
        var location = result.GetProperty("locations")[0];
        Assert.Equal("table[2]/row[4]/cell[10]", location.GetProperty("logicalLocations")[0].GetProperty("fullyQualifiedName").GetString());
        Assert.True(location.GetProperty("properties").GetProperty("paragraph").GetInt32() > 0);
        Assert.False(location.GetProperty("physicalLocation").TryGetProperty("region", out _));
    }

    [Fact]
    public async Task Check_Html_PointsIntoThePageSource()
    {
        using var folder = new TempFolder();
        string page = File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.html"));
        folder.Write("page.html", page);

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "page.html");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty((await JsonOutputSchema.Value).Validate(result.Stdout));
        using var json = JsonDocument.Parse(result.Stdout);
        var finding = json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "OGL1006");
        var start = finding.GetProperty("range").GetProperty("start");
        string line = page.Split('\n')[start.GetProperty("line").GetInt32()];
        Assert.StartsWith("莆田市城市管理局2024年度", line[start.GetProperty("character").GetInt32()..]);
    }

    [Fact]
    public async Task Check_AFolder_WalksPagesAndWordFiles_ThatAreReports()
    {
        using var folder = new TempFolder();
        folder.Write("reports/page.html", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.html")));
        folder.WriteBytes("reports/word.docx", File.ReadAllBytes(Path.Combine(MarkupFixtures.MarkupFolder, "19_putian_audit_2022.docx")));
        folder.Write("reports/notice.html", "<html><body><p>关于开展植树活动的通知</p></body></html>");
        folder.WriteBytes("reports/minutes.docx", WordDocument.Build(new ReportContent("会议纪要", [new OpenGovLint.Tests.Formats.ReportPart(string.Empty, "议题", ["讨论了办公用品采购。"], null)]) { Preamble = ["时间：2026年1月5日。"] }));

        var result = await CliRun.RunAsync(folder.Path, "check", "--format", "json", "reports");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["reports/page.html", "reports/word.docx"], json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Check_FixLeavesPagesAndWordFilesAsTheyAre()
    {
        using var folder = new TempFolder();
        string path = folder.Write("page.html", "<body><p>示范局2025年政府信息公开工作年度报告</p><p>一、基本情况</p><p>正文。</p></body>");

        var result = await CliRun.RunAsync(folder.Path, "check", "--fix", "page.html");

        Assert.Equal("<body><p>示范局2025年政府信息公开工作年度报告</p><p>一、基本情况</p><p>正文。</p></body>", File.ReadAllText(path));
        Assert.Contains(result.StdoutLines, l => l.Contains("OGL1003", StringComparison.Ordinal));
    }

    // The data are names only: the test discovery serialises every argument, element by element, and a 17 MB byte
    // array as an argument made discovering the whole assembly take minutes and gigabytes.
    public static TheoryData<string, string> BadFiles() => new()
    {
        { "encrypted.docx", "设有密码保护" },
        { "corrupt.docx", "不是有效的 Word" },
        { "bomb.docx", "解压后过大" },
        { "notice.html", "没有找到政府信息公开工作年度报告的内容" },
        { "huge.html", "文件过大" },
    };

    private static byte[] BadFileBytes(string name) => name switch
    {
        "encrypted.docx" => EncryptedDocx(),
        "corrupt.docx" => Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not a zip"),
        "bomb.docx" => ZipBomb.Make(),
        "notice.html" => Encoding.UTF8.GetBytes("<html><body><p>关于开展植树活动的通知</p></body></html>"),
        "huge.html" => Encoding.UTF8.GetBytes("<html><body><p>" + new string('x', 17 * 1024 * 1024) + "</p></body></html>"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such bad file"),
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadInput_IsOneLine_ExitTwo_NothingWritten(string name, string says)
    {
        byte[] bytes = BadFileBytes(name);
        using var folder = new TempFolder();
        folder.WriteBytes(name, bytes);
        string output = folder.CreateFolder("out");

        var check = await CliRun.RunAsync(folder.Path, "check", name);
        var convert = await CliRun.RunAsync(folder.Path, "convert", name, "--output", "out");

        Assert.Equal(2, check.ExitCode);
        var line = Assert.Single(check.StderrLines, l => l.Contains(name, StringComparison.Ordinal));
        Assert.Contains(says, line);
        Assert.DoesNotContain("   at ", check.Stderr);
        Assert.Equal(2, convert.ExitCode);
        Assert.Contains(says, Assert.Single(convert.StderrLines));
        Assert.Empty(Directory.GetFileSystemEntries(output));
    }

    [Fact]
    public async Task Convert_WritesTheDraftBesideItsSource_AndNeverOverwrites()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("报告.docx", File.ReadAllBytes(Path.Combine(MarkupFixtures.MarkupFolder, "21_putian_cgj_2024.docx")));
        folder.Write("draft.md", Fixtures.ReadSample("001_005a5aad0509405d"));

        var first = await CliRun.RunAsync(folder.Path, "convert", "报告.docx", "draft.md");
        string written = File.ReadAllText(Path.Combine(folder.Path, "报告.md"));
        var again = await CliRun.RunAsync(folder.Path, "convert", "报告.docx");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("## 三、收到和处理政府信息公开申请情况", written);
        Assert.Contains("| 一、本年新收政府信息公开申请数量 | 13 | 0 | 0 | 0 | 0 | 0 | 13 |", written);
        Assert.True(File.Exists(Path.Combine(folder.Path, "draft.draft.md")));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("报告.md", Assert.Single(again.StderrLines));
        Assert.Equal(written, File.ReadAllText(Path.Combine(folder.Path, "报告.md")));
    }

    [Fact]
    public async Task Convert_MakesTheOutputFolder_OnlyWhenADraftIsWritten()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.html")));
        folder.Write("notice.html", "<html><body><p>关于开展植树活动的通知</p></body></html>");
        folder.Write("file.txt", "not a folder");

        var unread = await CliRun.RunAsync(folder.Path, "convert", "notice.html", "--output", "none/yet");
        var made = await CliRun.RunAsync(folder.Path, "convert", "page.html", "--output", "drafts/2024");
        var intoFile = await CliRun.RunAsync(folder.Path, "convert", "page.html", "--output", "file.txt");

        Assert.Equal(2, unread.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "none")));
        Assert.Equal(0, made.ExitCode);
        Assert.Contains("## 一、总体情况", File.ReadAllText(Path.Combine(folder.Path, "drafts", "2024", "page.md")));
        Assert.Equal(2, intoFile.ExitCode);
        Assert.Contains("file.txt", Assert.Single(intoFile.StderrLines));
        Assert.Equal("not a folder", File.ReadAllText(Path.Combine(folder.Path, "file.txt")));
    }

    [Fact]
    public async Task Extract_Csv_OneRowPerReport_AndATotalsRow()
    {
        using var folder = new TempFolder();
        folder.Write("a.html", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.html")));
        folder.WriteBytes("b.docx", File.ReadAllBytes(Path.Combine(MarkupFixtures.MarkupFolder, "21_putian_cgj_2024.docx")));

        var result = await CliRun.RunAsync(folder.Path, "extract", "a.html", "b.docx", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = result.StdoutLines.Select(l => l.Split(',')).ToArray();
        Assert.Equal(4, rows.Length);
        string[] header = rows[0];
        int received = Array.IndexOf(header, "t3.new_received.natural_person");
        int fees = Array.IndexOf(header, "t2.fees.amount");
        Assert.Equal(["agency", "year", "edition", "source_file"], header[..4]);
        Assert.Equal(["莆田市城市管理局", "2024", "2021", "a.html"], rows[1][..4]);
        Assert.Equal("13", rows[1][received]);
        Assert.Equal("26", rows[3][received]);
        Assert.Equal("795.18", rows[3][fees]);
        Assert.Equal("合计", rows[3][0]);
        Assert.Equal(4 + OpenGovLint.Core.Extraction.ReportFigures.Columns.Count, header.Length);
    }

    [Fact]
    public async Task Extract_MissingFigures_AreEmptyAndNamed_NeverZero()
    {
        using var folder = new TempFolder();
        folder.Write("collapsed.txt", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.txt")));

        var csv = await CliRun.RunAsync(folder.Path, "extract", "collapsed.txt", "--format", "csv");
        var json = await CliRun.RunAsync(folder.Path, "extract", "collapsed.txt", "--format", "json");

        var rows = csv.StdoutLines.Select(l => l.Split(',')).ToArray();
        int issued = Array.IndexOf(rows[0], "t2.normative_documents.issued");
        Assert.Equal(string.Empty, rows[1][issued]);
        Assert.Contains("t2.normative_documents.issued", Assert.Single(csv.StderrLines));
        using var document = JsonDocument.Parse(json.Stdout);
        var report = document.RootElement.GetProperty("reports")[0];
        Assert.Equal(JsonValueKind.Null, report.GetProperty("t2").GetProperty("normative_documents").GetProperty("issued").ValueKind);
        Assert.Equal(13, report.GetProperty("t3").GetProperty("new_received").GetProperty("natural_person").GetInt32());
        Assert.Contains("t2.normative_documents.in_force", report.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Extract_ATrialLayoutReport_FillsItsOwnColumns_AndMissesNoneOfTheOthers()
    {
        using var folder = new TempFolder();
        folder.Write("2019.txt", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "17_putian_city_office_2019.txt")));

        var json = await CliRun.RunAsync(folder.Path, "extract", "2019.txt", "--format", "json");

        using var document = JsonDocument.Parse(json.Stdout);
        var report = document.RootElement.GetProperty("reports")[0];
        Assert.Equal("2019", report.GetProperty("edition").GetString());
        Assert.Equal(0, report.GetProperty("missing").GetArrayLength());
        Assert.Equal(5, report.GetProperty("t3").GetProperty("other_handling").GetProperty("natural_person").GetInt32());
        Assert.Equal(JsonValueKind.Number, report.GetProperty("t2_2019").GetProperty("licensing").GetProperty("decisions").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("t2").GetProperty("licensing").GetProperty("decisions").ValueKind);
        Assert.Empty(json.StderrLines);
    }

    [Fact]
    public async Task Extract_Xlsx_ReadsBackWithNumbersAsNumbers_AndTheHeaderFrozen()
    {
        using var folder = new TempFolder();
        folder.Write("a.html", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "19_putian_audit_2022.html")));
        folder.Write("b.html", File.ReadAllText(Path.Combine(MarkupFixtures.RealFolder, "21_putian_cgj_2024.html")));

        var result = await CliRun.RunAsync(folder.Path, "extract", "a.html", "b.html", "--format", "xlsx", "--output", "汇总.xlsx");

        Assert.Equal(0, result.ExitCode);
        using var workbook = SpreadsheetDocument.Open(Path.Combine(folder.Path, "汇总.xlsx"), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        var rows = sheet.Descendants<Row>().ToArray();
        Assert.Equal(4, rows.Length);
        var header = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        int column = header.IndexOf("t3.new_received.natural_person");
        var cell = rows[2].Elements<Cell>().ElementAt(column);
        Assert.Equal(CellValues.Number, cell.DataType!.Value);
        Assert.Equal("13", cell.CellValue!.Text);
        Assert.Equal("合计", rows[3].Elements<Cell>().First().InnerText);
    }

    [Fact]
    public async Task Extract_RefusesAFormatItDoesNotWrite()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", Reports.MissingSections);

        var result = await CliRun.RunAsync(folder.Path, "extract", "a.md", "--format", "sarif");
        var xlsxToStdout = await CliRun.RunAsync(folder.Path, "extract", "a.md", "--format", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("csv, json, xlsx", Assert.Single(result.StderrLines));
        Assert.Equal(2, xlsxToStdout.ExitCode);
    }

    /// <summary>The clean canonical report as a Word file, with the 总计 of 一、本年新收 one more than its row's sum.</summary>
    private static byte[] BrokenDocx()
    {
        var source = ReportParser.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md")));
        var content = ReportContent.From(source);
        var table3 = content.Parts.Single(p => p.Table is not null && p.Table[0][0].Text == OpenGovLint.Core.Model.Table3Layout.Note).Table!;
        var row = table3[3];
        row[^1] = row[^1] with { Text = (decimal.Parse(row[^1].Text, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return WordDocument.Build(content);
    }

    private static byte[] EncryptedDocx()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);
        return bytes;
    }
}
