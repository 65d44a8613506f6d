using System.IO.Compression;
using System.Text;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Layout;
using OpenGovLint.Core.Layout.Readers;
using OpenGovLint.Core.Layout.Readers.Markup;
using OpenGovLint.Core.Model;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Formats;

public sealed class DocxLayoutReaderTests
{
    public static TheoryData<string> RealPages => new(MarkupFixtures.RealPages);

    public static TheoryData<string> Samples => Fixtures.SampleNames();

    [Theory]
    [MemberData(nameof(RealPages))]
    public void LibreOfficeDocx_OfARealPage_ReadsTheSameFiguresAsThePage(string name)
    {
        var page = MarkupFixtures.Read(Path.Combine(MarkupFixtures.RealFolder, name + ".html"));
        var docx = MarkupFixtures.Read(Path.Combine(MarkupFixtures.MarkupFolder, name + ".docx"));

        Assert.Equal(MarkupFixtures.ReadableRows(page), MarkupFixtures.ReadableRows(docx));
        Assert.Equal(32, MarkupFixtures.ReadableRows(docx).Count); // 6 rows of table 2, 25 of table 3, the row of table 4
        Assert.Equal(SectionCatalog.StandardKinds, docx.Sections.Select(s => s.Kind));
        Assert.Equal(SourceFormat.Docx, docx.Format);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SdkDocx_WithNumberedHeadingsAndMergedCells_ReadsTheSameFiguresAsItsSource(string name)
    {
        var source = ReportParser.Parse(Fixtures.ReadSample(name));
        byte[] bytes = WordDocument.Build(ReportContent.From(source));

        var document = MarkupFixtures.ReadBytes(bytes, name + ".docx");

        var expected = MarkupFixtures.ReadableRows(source);
        var actual = MarkupFixtures.ReadableRows(document);
        Assert.NotEmpty(expected);
        foreach (var (key, values) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var got) && got == values, $"{key}: {values} read as {got ?? "nothing"}");
        }

        // Headings carry no ordinal in their text: it comes from the numbering, as Word draws it.
        Assert.Equal(source.Sections.Select(s => s.Kind), document.Sections.Select(s => s.Kind));
        Assert.Equal(Enumerable.Range(1, source.Sections.Count).Select(Ordinals.ToChinese), document.Sections.Select(s => s.OrdinalText.TrimEnd('、')));
    }

    [Fact]
    public void TrackedChanges_ReadAsPrinted_AndTextBoxesAreRead()
    {
        var source = ReportParser.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md")));
        var extras = new WordDocument.Extras { Deleted = "此句已删除。", Inserted = "此句为修订插入。", TextBox = "文本框中的说明文字。" };

        var read = DocxLayoutReader.Instance.Read(WordDocument.Build(ReportContent.From(source), extras));
        string text = read.Layout!.Text.Text;

        Assert.Contains("此句为修订插入。", text);
        Assert.DoesNotContain("此句已删除", text);
        Assert.Contains("\n文本框中的说明文字。\n", text);
    }

    [Fact]
    public void CleanReport_AsDocx_HasNoFinding_AndFindingsNameTheirCell()
    {
        var source = ReportParser.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md")));
        var content = ReportContent.From(source);
        var clean = MarkupFixtures.ReadBytes(WordDocument.Build(content), "clean.docx");
        Assert.DoesNotContain(new ReportAnalyzer().Analyze(clean, AnalysisOptions.Default).Diagnostics, d => d.Severity >= Core.Diagnostics.DiagnosticSeverity.Warning);

        // Table 3 (the document's second table), 一、本年新收: its 总计 one more than the sum.
        var table3 = content.Parts.Single(p => p.Table is not null && p.Table[0][0].Text == Table3Layout.Note).Table!;
        var row = table3[3];
        row[^1] = row[^1] with { Text = (decimal.Parse(row[^1].Text, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var broken = MarkupFixtures.ReadBytes(WordDocument.Build(content), "broken.docx");
        var finding = new ReportAnalyzer().Analyze(broken, AnalysisOptions.Default).Diagnostics.First(d => d.Id == "OGL3001");

        var place = MappedDiagnostics.Locate(finding.Span, broken);
        Assert.Equal("表2 第4行 第10列", place?.DisplayZh);
        Assert.Equal("table[2]/row[4]/cell[10]", place?.QualifiedName);
        Assert.Empty(MappedDiagnostics.Map(finding, broken).Fixes);
    }

    [Fact]
    public void ParagraphFindings_NameTheParagraphAsWordCountsThem()
    {
        var content = new ReportContent("示范局2025年政府信息公开工作年度报告", [new ReportPart("一、", "基本情况", ["正文。"], null)]);

        var document = MarkupFixtures.ReadBytes(WordDocument.Build(content, new WordDocument.Extras { OrdinalsAsText = true }), "p.docx");
        var finding = new ReportAnalyzer().Analyze(document, AnalysisOptions.Default).Diagnostics.Single(d => d.Id == "OGL1003");

        // Title, preamble, then the heading: the third paragraph.
        Assert.Equal("第3段", MappedDiagnostics.Locate(finding.Span, document)?.DisplayZh);
    }

    [Fact]
    public void Numbering_ResolvesEachLevelsOrdinal_AndRestartsTheLevelsBelow()
    {
        string body = WordDocument.Paragraph("总体情况", numbering: 1) + WordDocument.Paragraph("主动公开", numbering: 1, level: 1)
            + WordDocument.Paragraph("依申请公开", numbering: 1, level: 1) + WordDocument.Paragraph("细项", numbering: 1, level: 2)
            + WordDocument.Paragraph("主动公开政府信息情况", numbering: 1) + WordDocument.Paragraph("平台", numbering: 1, level: 1);

        string text = RenderedBody(body);

        Assert.Equal(["一、总体情况", "（一）主动公开", "（二）依申请公开", "1.细项", "二、主动公开政府信息情况", "（一）平台"], text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).Take(6));
    }

    [Fact]
    public void EncryptedDocx_IsSaidToBeEncrypted()
    {
        // An encrypted package is an OLE compound file with an EncryptionInfo stream.
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        Encoding.Unicode.GetBytes("EncryptionInfo").CopyTo(bytes, 1024);

        Assert.Equal(MarkupProblem.Encrypted, DocxLayoutReader.Instance.Read(bytes).Problem);
    }

    [Theory]
    [InlineData("not a zip at all")]
    [InlineData("PK\u0003\u0004 truncated")]
    public void CorruptDocx_IsSaidToBeDamaged(string content) =>
        Assert.Equal(MarkupProblem.Corrupt, DocxLayoutReader.Instance.Read(Encoding.ASCII.GetBytes(content)).Problem);

    [Fact]
    public void ZipWithoutADocument_IsSaidToBeDamaged()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        Assert.Equal(MarkupProblem.Corrupt, DocxLayoutReader.Instance.Read(stream.ToArray()).Problem);
    }

    [Fact]
    public void ZipBomb_IsRefusedBeforeItIsExpanded()
    {
        byte[] bytes = ZipBomb.Make();

        long before = GC.GetAllocatedBytesForCurrentThread();
        var read = DocxLayoutReader.Instance.Read(bytes);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(MarkupProblem.ExpandsTooFar, read.Problem);
        Assert.True(bytes.Length < 2 * 1024 * 1024, $"{bytes.Length} bytes");
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated} bytes allocated");
    }

    [Fact]
    public void DocxThatIsNotAReport_IsSaidToBeNone()
    {
        var content = new ReportContent("会议纪要", [new ReportPart(string.Empty, "议题", ["讨论了办公用品采购。"], null)]) { Preamble = ["时间：2026年1月5日。"] };

        Assert.Equal(MarkupProblem.NotAReport, DocxLayoutReader.Instance.Read(WordDocument.Build(content)).Problem);
    }

    private static string RenderedBody(string bodyXml)
    {
        var content = new ReportContent("示范局2025年政府信息公开工作年度报告", []);
        byte[] bytes = WordDocument.Build(content);
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml.Replace("<w:sectPr/>", bodyXml + "<w:sectPr/>", StringComparison.Ordinal));
        }

        return DocxLayoutReader.Instance.Read(stream.ToArray()).Layout!.Text.Text;
    }
}

/// <summary>A .docx-looking zip whose document part expands to a gigabyte of spaces from about a megabyte.</summary>
internal static class ZipBomb
{
    public static byte[] Make()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var chunk = Encoding.ASCII.GetBytes(new string(' ', 1 << 20));
            for (int i = 0; i < 1024; i++)
            {
                part.Write(chunk);
            }
        }

        return stream.ToArray();
    }
}
