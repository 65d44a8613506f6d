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

    [Fact]
    public void AbsoluteRelationshipTargets_NameTheirPartsFromThePackageRoot()
    {
        var package = new WordPackage { DocumentTarget = "/word/document.xml", StylesTarget = "/word/styles.xml", NumberingTarget = "/word/numbering.xml" };

        var read = DocxLayoutReader.Instance.Read(package.Build(WordPackage.Heading("总体情况") + WordPackage.Paragraph("正文。")));

        Assert.Equal(MarkupProblem.None, read.Problem);
        Assert.Contains("\n# 一、总体情况\n", read.Layout!.Text.Text);
    }

    [Fact]
    public void PartsAreFoundThroughRelationships_NotByTheirUsualNames()
    {
        // Word itself sometimes saves the main part as document2.xml; styles and numbering may sit anywhere the
        // relationships say, relative to the part that names them. A word/document.xml nothing points at is not read.
        var package = new WordPackage
        {
            DocumentTarget = "word/document2.xml",
            StylesTarget = "parts/s.xml",
            NumberingTarget = "../shared/n.xml",
            Extra = { ["word/document.xml"] = WordPackage.Document(WordPackage.Paragraph("不应读到的旧文档")) },
        };

        var read = DocxLayoutReader.Instance.Read(package.Build(WordPackage.Heading("总体情况")));

        Assert.Equal(["word/document2.xml", "word/_rels/document2.xml.rels", "word/parts/s.xml", "shared/n.xml"], package.PartNames);
        string text = read.Layout!.Text.Text;
        Assert.Contains("\n# 一、总体情况\n", text);
        Assert.DoesNotContain("不应读到", text);
    }

    [Fact]
    public void PartNames_AreCaseInsensitive()
    {
        var package = new WordPackage { DocumentTarget = "Word/Document.XML", StylesTarget = "STYLES.xml", NumberingTarget = "Numbering.Xml", LowerCaseEntries = true };

        var read = DocxLayoutReader.Instance.Read(package.Build(WordPackage.Heading("总体情况")));

        Assert.Contains("\n# 一、总体情况\n", read.Layout!.Text.Text);
    }

    [Fact]
    public void MalformedValues_AreTakenAsAbsent_NeverAFailure()
    {
        // An outline level that is no number, a list id that is no number, a span too large for any number, a merge
        // value that is no merge value: each reads as if it were not written.
        string body = WordPackage.Paragraph("说明", "<w:outlineLvl w:val=\"一\"/>")
            + WordPackage.Paragraph("事项", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"abc\"/></w:numPr>")
            + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"99999999999\"/></w:tcPr>" + WordPackage.Paragraph("甲") + "</w:tc><w:tc>" + WordPackage.Paragraph("乙") + "</w:tc></w:tr>"
            + "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"Restart\"/></w:tcPr>" + WordPackage.Paragraph("丙") + "</w:tc><w:tc>" + WordPackage.Paragraph("丁") + "</w:tc></w:tr></w:tbl>";

        var read = DocxLayoutReader.Instance.Read(new WordPackage().Build(body));

        Assert.Equal(MarkupProblem.None, read.Problem);
        Assert.Equal(["说明", "事项", "甲\t乙", "\t丁"], read.Layout!.Text.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    [Theory]
    [InlineData("word/document.xml")]
    [InlineData("word/styles.xml")]
    [InlineData("word/_rels/document.xml.rels")]
    public void PartWithADtd_IsRefusedAsDamaged(string part)
    {
        var package = new WordPackage { WithDoctype = part };

        Assert.Equal(MarkupProblem.Corrupt, DocxLayoutReader.Instance.Read(package.Build(WordPackage.Paragraph("正文。"))).Problem);
    }

    [Theory]
    [InlineData("word/styles.xml")]
    [InlineData("[Content_Types].xml")]
    public void PackageWithoutAPartItNeeds_IsDamaged(string missing)
    {
        var package = new WordPackage { Without = missing };

        Assert.Equal(MarkupProblem.Corrupt, DocxLayoutReader.Instance.Read(package.Build(WordPackage.Paragraph("正文。"))).Problem);
    }

    [Fact]
    public void DamageAfterTheDocumentsEnd_IsNotRead()
    {
        // A part is read up to its root element's end, so what follows it does not cost the file.
        var package = new WordPackage { DocumentTail = "\n<?xml version=\"1.0\"?><w:p>" };

        var read = DocxLayoutReader.Instance.Read(package.Build(WordPackage.Heading("总体情况")));

        Assert.Equal(MarkupProblem.None, read.Problem);
    }

    [Fact]
    public void StrictDocument_IsReadAsATransitionalOne()
    {
        var package = new WordPackage { Strict = true };

        var read = DocxLayoutReader.Instance.Read(package.Build(WordPackage.Heading("总体情况") + WordPackage.Paragraph("正文。")));

        Assert.Equal(MarkupProblem.None, read.Problem);
        Assert.Contains("\n# 一、总体情况\n正文。", read.Layout!.Text.Text);
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

/// <summary>
/// A Word package written entry by entry, for what the Open XML SDK does not write: relationship targets as given, parts
/// under names of one's own, a part left out or damaged. The document's title makes it a report; styles and numbering
/// are Word's heading 1 with Chinese-counting numbering (一、).
/// </summary>
internal sealed class WordPackage
{
    private const string TransitionalW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictW = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    public string DocumentTarget { get; init; } = "word/document.xml";

    public string StylesTarget { get; init; } = "styles.xml";

    public string NumberingTarget { get; init; } = "numbering.xml";

    /// <summary>Parts nothing points at.</summary>
    public Dictionary<string, string> Extra { get; } = [];

    /// <summary>A part to leave out.</summary>
    public string? Without { get; init; }

    /// <summary>A part to write with a document type declaration.</summary>
    public string? WithDoctype { get; init; }

    /// <summary>What to write after the document's root element.</summary>
    public string DocumentTail { get; init; } = string.Empty;

    /// <summary>Writes every entry's name in lower case, whatever case the relationships name it in.</summary>
    public bool LowerCaseEntries { get; init; }

    /// <summary>Writes the package in ISO 29500 Strict: its namespace and relationship types.</summary>
    public bool Strict { get; init; }

    /// <summary>The names of the main, its relationships, styles and numbering parts, as the last build wrote them.</summary>
    public List<string> PartNames { get; } = [];

    public static string Paragraph(string text, string properties = "") =>
        "<w:p>" + (properties.Length > 0 ? "<w:pPr>" + properties + "</w:pPr>" : string.Empty) + "<w:r><w:t>" + text + "</w:t></w:r></w:p>";

    public static string Heading(string text) => Paragraph(text, "<w:pStyle w:val=\"Heading1\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>");

    public static string Document(string body) =>
        $"<w:document xmlns:w=\"{TransitionalW}\"><w:body>{Paragraph("示范局2025年政府信息公开工作年度报告")}{body}</w:body></w:document>";

    public byte[] Build(string body)
    {
        string relationships = Strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships/" : "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        string main = Resolve("/", DocumentTarget);
        string mainRelationships = main[..(main.LastIndexOf('/') + 1)] + "_rels/" + main[(main.LastIndexOf('/') + 1)..] + ".rels";
        PartNames.Clear();
        PartNames.AddRange([main[1..], mainRelationships[1..], Resolve(main, StylesTarget)[1..], Resolve(main, NumberingTarget)[1..]]);
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>""",
            ["_rels/.rels"] = Relationships(("officeDocument", DocumentTarget)),
            [PartNames[0]] = Document(body) + DocumentTail,
            [PartNames[1]] = Relationships(("styles", StylesTarget), ("numbering", NumberingTarget)),
            [PartNames[2]] = $"""
                <w:styles xmlns:w="{TransitionalW}">
                  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
                </w:styles>
                """,
            [PartNames[3]] = $"""
                <w:numbering xmlns:w="{TransitionalW}">
                  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>
                  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
                </w:numbering>
                """,
        };
        foreach (var (name, content) in Extra)
        {
            parts[name] = content;
        }

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in parts)
            {
                if (name == Without)
                {
                    continue;
                }

                string xml = Strict ? content.Replace(TransitionalW, StrictW, StringComparison.Ordinal) : content;
                using var writer = new StreamWriter(zip.CreateEntry(LowerCaseEntries ? name.ToLowerInvariant() : name).Open());
                writer.Write(name == WithDoctype ? "<!DOCTYPE root [<!ENTITY e \"实体\">]>" + xml : xml);
            }
        }

        return stream.ToArray();

        string Relationships(params (string Type, string Target)[] targets) =>
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + string.Concat(targets.Select((t, i) => $"<Relationship Id=\"rId{i + 1}\" Type=\"{relationships}{t.Type}\" Target=\"{t.Target}\"/>"))
            + "</Relationships>";
    }

    /// <summary>A target's part name, resolved as a URI reference against the part that names it.</summary>
    private static string Resolve(string source, string target) => new Uri(new Uri(new Uri("http://package/"), source), target).AbsolutePath;
}
