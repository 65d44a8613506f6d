using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Support;

namespace OpenGovLint.Tests.Robustness;

/// <summary>
/// Property-based robustness: thousands of damaged reports (fixed seeds, so a failure is reproducible). No exception
/// escapes, no rule fails, every diagnostic lies inside the document, every offered fix applies and its result parses.
/// A longer run of the same properties lives in bench/.
/// </summary>
public sealed class FuzzTests
{
    private const int CasesPerSeed = 600;

    public static TheoryData<int> Seeds => new() { 1, 2, 3, 4, 5 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedReportsNeverBreakTheAnalyzer(int seed)
    {
        var sources = Fixtures.SampleFiles.Select(File.ReadAllText)
            .Append(File.ReadAllText(Path.Combine(Fixtures.Root, "clean", "canonical-2025.md")))
            .Append(ReportTemplate.Create("示范局", 2024))
            .ToArray();
        var mutator = new DocumentMutator(seed);
        var random = new Random(seed * 7919);
        var analyzer = new ReportAnalyzer();
        for (int i = 0; i < CasesPerSeed; i++)
        {
            string text = mutator.Mutate(sources[random.Next(sources.Length)]);
            CheckText(analyzer, text, $"seed {seed} case {i}");
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedBytesAreDecodedOrRefusedCleanly(int seed)
    {
        var sources = Fixtures.SampleFiles.Select(File.ReadAllBytes).ToArray();
        var mutator = new DocumentMutator(seed);
        var random = new Random(seed);
        var analyzer = new ReportAnalyzer();
        for (int i = 0; i < CasesPerSeed / 3; i++)
        {
            byte[] bytes = mutator.MutateBytes(sources[random.Next(sources.Length)]);
            var (result, decoded) = analyzer.AnalyzeBytes(bytes, AnalysisOptions.Default);
            if (decoded is null)
            {
                Assert.Equal("OGL9002", Assert.Single(result.Diagnostics).Id);
            }
            else
            {
                Assert.DoesNotContain(result.Diagnostics, d => d.Id is "OGL9001" or "OGL9002");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void DamagedPagesAndWordFilesNeverBreakTheReaders(int seed)
    {
        var pages = Directory.GetFiles(Path.Combine(Fixtures.Root, "real"), "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var docx = Directory.GetFiles(Path.Combine(Fixtures.Root, "markup"), "*.docx").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        var mutator = new DocumentMutator(seed);
        var random = new Random(seed * 31);
        var analyzer = new ReportAnalyzer();
        for (int i = 0; i < CasesPerSeed / 20; i++)
        {
            string? problem = (i % 3) switch
            {
                0 => MarkupFuzzCase.CheckPage(analyzer, mutator.Mutate(pages[random.Next(pages.Length)])),
                1 => MarkupFuzzCase.CheckDocx(analyzer, mutator.MutateBytes(docx[random.Next(docx.Length)])),
                _ => MarkupFuzzCase.CheckDocx(analyzer, MarkupFuzzCase.DamageDocumentPart(docx[random.Next(docx.Length)], mutator)),
            };
            Assert.True(problem is null, $"seed {seed} case {i}: {problem}");
        }
    }

    internal static void CheckText(ReportAnalyzer analyzer, string text, string label)
    {
        var result = analyzer.Analyze(text);
        Assert.True(!result.Diagnostics.Any(d => d.Id == "OGL9001"), $"{label}: {string.Join("; ", result.Diagnostics.Where(d => d.Id == "OGL9001").Select(d => d.Message))}");
        var source = result.Document!.Text;
        foreach (var d in result.Diagnostics)
        {
            Assert.True(d.Span.Start >= 0 && d.Span.End <= text.Length, $"{label}: {d.Id} span {d.Span} outside 0..{text.Length}");
            Assert.Equal(source.GetLineRange(d.Span), d.Range);
            foreach (var related in d.RelatedLocations)
            {
                Assert.True(related.Span.Start >= 0 && related.Span.End <= text.Length, $"{label}: related span outside");
            }
        }

        foreach (var d in result.Diagnostics.Where(d => d.Fixes.Count > 0).Take(6))
        {
            foreach (var fix in d.Fixes)
            {
                string fixedText = FixApplier.Apply(text, fix.Edits);
                _ = ReportParser.Parse(fixedText);
            }
        }
    }
}
