using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenGovLint.Bench.Corpus;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Diagnostics;
using OpenGovLint.Core.Fixes;
using OpenGovLint.Core.Parsing;
using OpenGovLint.Core.Rules;
using OpenGovLint.Tests.Robustness;

namespace OpenGovLint.Bench.Fuzz;

/// <summary>One broken property: which case, what went wrong, where its input was saved.</summary>
internal sealed record FuzzFailure(int Seed, int Case, string Reason, string SavedAs);

/// <summary>
/// The long run of the robustness properties (tests/OpenGovLint.Tests/Robustness/FuzzTests.cs) on many more damaged
/// reports: no exception, no OGL9001, every range inside the document, every offered fix applies and its result
/// parses; damaged bytes are decoded or refused with OGL9002 alone. Case i uses mutator seed (seed, i) only, so any
/// failure replays from its seed and case number; failing inputs are saved under bench/.out/fuzz-failures/. One case in
/// ten is a damaged web page and two in ten a damaged Word file (package bytes, or its document part as XML), checked
/// with the readers' properties (MarkupFuzzCase).
/// </summary>
internal sealed class FuzzRunner(BenchPaths paths, int seed)
{
    private const int BytesEvery = 5;
    private const int ReparsedDiagnostics = 6;

    private readonly string[] texts = paths.SampleFiles.Select(File.ReadAllText)
        .Append(File.ReadAllText(paths.CleanCanonical))
        .Append(ReportTemplate.Create("示范局", 2024))
        .Concat(Enumerable.Range(0, 4).Select(i => new CorpusGenerator(paths.SampleFiles.Select(File.ReadAllText).ToArray(), seed).Create(5 + i)))
        .ToArray();

    private readonly byte[][] bytes = paths.SampleFiles.Select(File.ReadAllBytes).ToArray();

    private readonly string[] pages = paths.PageFiles.Select(File.ReadAllText).ToArray();

    private readonly byte[][] docx = paths.DocxFiles.Select(File.ReadAllBytes).ToArray();

    private readonly ReportAnalyzer analyzer = new();

    public (int Cases, double Seconds, IReadOnlyList<FuzzFailure> Failures) Run(int cases)
    {
        var failures = new ConcurrentBag<FuzzFailure>();
        int done = 0;
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            if (RunCase(i) is { } failure)
            {
                failures.Add(failure);
                Console.WriteLine($"  FAIL seed {failure.Seed} case {failure.Case}: {failure.Reason} (input: {failure.SavedAs})");
            }

            int n = Interlocked.Increment(ref done);
            if (n % 5_000 == 0)
            {
                Console.WriteLine($"  {n:N0} cases, {n / stopwatch.Elapsed.TotalSeconds:N0} cases/s, {failures.Count} failures");
            }
        });
        return (cases, stopwatch.Elapsed.TotalSeconds, failures.OrderBy(f => f.Case).ToArray());
    }

    /// <summary>Runs case <paramref name="index"/>; null when every property holds.</summary>
    public FuzzFailure? RunCase(int index)
    {
        int caseSeed = unchecked((seed * 1_000_003) + index);
        var mutator = new DocumentMutator(caseSeed);
        var pick = new Random(caseSeed ^ 0x5bd1e995);
        switch (index % 10)
        {
            case 3 when pages.Length > 0:
                string page = mutator.Mutate(pages[pick.Next(pages.Length)]);
                return MarkupFuzzCase.CheckPage(analyzer, page) is { } pageProblem ? Fail(index, pageProblem, Encoding.UTF8.GetBytes(page), ".html") : null;
            case 6 or 8 when docx.Length > 0:
                byte[] word = index % 10 == 6 ? mutator.MutateBytes(docx[pick.Next(docx.Length)]) : MarkupFuzzCase.DamageDocumentPart(docx[pick.Next(docx.Length)], mutator);
                return MarkupFuzzCase.CheckDocx(analyzer, word) is { } wordProblem ? Fail(index, wordProblem, word, ".docx") : null;
        }

        if (index % BytesEvery == BytesEvery - 1)
        {
            byte[] input = mutator.MutateBytes(bytes[pick.Next(bytes.Length)]);
            string? reason = CheckBytes(input);
            return reason is null ? null : Fail(index, reason, input, ".bin");
        }

        string text = mutator.Mutate(texts[pick.Next(texts.Length)]);
        string? problem = CheckText(text);
        return problem is null ? null : Fail(index, problem, Encoding.UTF8.GetBytes(text), ".md");
    }

    private string? CheckBytes(byte[] input)
    {
        try
        {
            var (result, decoded) = analyzer.AnalyzeBytes(input, AnalysisOptions.Default);
            if (decoded is null)
            {
                return result.Diagnostics is [{ Id: "OGL9002" }] ? null : "refused bytes without exactly one OGL9002";
            }

            return result.Diagnostics.FirstOrDefault(d => d.Id is "OGL9001" or "OGL9002") is { } d ? $"{d.Id} on decoded bytes: {d.Message}" : null;
        }
        catch (Exception ex)
        {
            return "exception: " + ex;
        }
    }

    private string? CheckText(string text)
    {
        AnalysisResult result;
        try
        {
            result = analyzer.Analyze(text);
        }
        catch (Exception ex)
        {
            return "exception: " + ex;
        }

        if (result.Diagnostics.FirstOrDefault(d => d.Id == "OGL9001") is { } failed)
        {
            return "OGL9001: " + failed.Message;
        }

        var source = result.Document!.Text;
        int reparsed = 0;
        foreach (var d in result.Diagnostics)
        {
            if (d.Span.Start < 0 || d.Span.End > text.Length)
            {
                return $"{d.Id} span {d.Span} outside 0..{text.Length}";
            }

            if (source.GetLineRange(d.Span) != d.Range)
            {
                return $"{d.Id} range {d.Range} does not match span {d.Span}";
            }

            if (d.RelatedLocations.FirstOrDefault(r => r.Span.Start < 0 || r.Span.End > text.Length) is { } related)
            {
                return $"{d.Id} related span {related.Span} outside 0..{text.Length}";
            }

            // Every fix is applied; the result is re-parsed for the first six diagnostics with fixes, as the tests
            // do (re-parsing the hundreds of punctuation fixes of a damaged sample would make each case 20× slower).
            bool reparse = d.Fixes.Count > 0 && reparsed++ < ReparsedDiagnostics;
            if (CheckFixes(text, d, reparse) is { } fixProblem)
            {
                return fixProblem;
            }
        }

        return null;
    }

    private static string? CheckFixes(string text, Diagnostic diagnostic, bool reparse)
    {
        foreach (var fix in diagnostic.Fixes)
        {
            if (fix.Edits.FirstOrDefault(e => e.Span.Start < 0 || e.Span.End > text.Length) is { } outside)
            {
                return $"{diagnostic.Id} fix '{fix.Title}' edits {outside.Span} outside 0..{text.Length}";
            }

            try
            {
                string fixedText = FixApplier.Apply(text, fix.Edits);
                if (reparse)
                {
                    _ = ReportParser.Parse(fixedText);
                }
            }
            catch (Exception ex)
            {
                return $"{diagnostic.Id} fix '{fix.Title}' does not apply or re-parse: {ex}";
            }
        }

        return null;
    }

    private FuzzFailure Fail(int index, string reason, byte[] input, string extension)
    {
        Directory.CreateDirectory(paths.FuzzFailures);
        string name = string.Create(CultureInfo.InvariantCulture, $"seed{seed}-case{index}");
        string saved = Path.Combine(paths.FuzzFailures, name + extension);
        File.WriteAllBytes(saved, input);
        File.WriteAllText(Path.Combine(paths.FuzzFailures, name + ".txt"), reason + Environment.NewLine);
        return new FuzzFailure(seed, index, reason.Split('\n')[0], Path.GetRelativePath(paths.Root, saved));
    }
}
