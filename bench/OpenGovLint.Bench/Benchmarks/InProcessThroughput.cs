using System.Diagnostics;
using Markdig;
using OpenGovLint.Bench.Measurement;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// In-process references over the corpus: read + decode (the physical floor), Markdig parse-only with the pipeline
/// Core uses (pipe tables), the full analysis of decoded text, and the full analysis from bytes on all cores.
/// </summary>
internal static class InProcessThroughput
{
    /// <summary>
    /// The reference of the target: Markdig reading the reports as GFM with their tables (the pipe-table extension),
    /// which is what a Markdown parser must do to read a report. Core's own use of Markdig is lighter (blocks only).
    /// </summary>
    public static readonly MarkdownPipeline TablesPipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>A second, stricter reference: Markdig with CommonMark only, no extension (no tables).</summary>
    public static readonly MarkdownPipeline CommonMarkPipeline = new MarkdownPipelineBuilder().Build();

    public static void Run(BenchContext context)
    {
        var corpus = CorpusSet.Load(context);
        var log = context.Log;
        log.Section($"In-process over the corpus ({corpus.Files.Count:N0} files, {context.MegaBytes(corpus.Bytes):F1} MB), single thread unless stated");
        int passes = Math.Max(3, context.Runs);

        var decode = Passes(passes, () =>
        {
            foreach (string file in corpus.Files)
            {
                _ = CorpusSet.Decode(File.ReadAllBytes(file));
            }
        });
        Report(context, "read + UTF-8 decode", decode, corpus);

        string[] texts = corpus.Texts();
        var markdig = Passes(passes, () =>
        {
            foreach (string text in texts)
            {
                _ = Markdown.Parse(text, TablesPipeline);
            }
        });
        Report(context, "Markdig parse-only (GFM pipe tables), decoded text", markdig, corpus);

        var commonMark = Passes(passes, () =>
        {
            foreach (string text in texts)
            {
                _ = Markdown.Parse(text, CommonMarkPipeline);
            }
        });
        Report(context, "Markdig parse-only (CommonMark, no extension), decoded text", commonMark, corpus);

        var analyzer = new ReportAnalyzer();
        var analysis = Passes(passes, () =>
        {
            foreach (string text in texts)
            {
                _ = analyzer.Analyze(text);
            }
        });
        Report(context, "full analysis (parse + all rules), decoded text", analysis, corpus);
        texts = [];
        GC.Collect();

        var fromBytes = Passes(passes, () =>
        {
            Parallel.ForEach(corpus.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                _ = analyzer.AnalyzeBytes(File.ReadAllBytes(file), AnalysisOptions.Default);
            });
        });
        Report(context, $"read + decode + analysis, {Environment.ProcessorCount} threads", fromBytes, corpus);

        double ratio = analysis.Min / markdig.Min;
        double ratioMedian = analysis.Median / markdig.Median;
        context.Figures["ratio.analysis.markdig"] = ratio;
        context.Figures["inproc.analysis.filesPerSecond"] = corpus.Files.Count / (analysis.Min / 1000);
        log.Figure("ratio full analysis / Markdig parse-only with tables (best warm, median)", $"{ratio:F2}× / {ratioMedian:F2}×");
        log.Figure("ratio full analysis / Markdig CommonMark only (best warm, median)", $"{analysis.Min / commonMark.Min:F2}× / {analysis.Median / commonMark.Median:F2}×");
        log.Target("full analysis within 3× of Markdig parse-only (GFM with tables)", ratio <= 3, $"{ratio:F2}× best, {ratioMedian:F2}× median");
    }

    /// <summary>Runs <paramref name="action"/> once to warm up (JIT tiers), then <paramref name="passes"/> timed times (ms).</summary>
    public static Stats Passes(int passes, Action action)
    {
        action();
        var times = new List<double>();
        for (int p = 0; p < passes; p++)
        {
            LoadGate.WaitForQuiet(0.5, 10);
            var stopwatch = Stopwatch.StartNew();
            action();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        return Stats.Of(times);
    }

    private static void Report(BenchContext context, string what, Stats ms, CorpusSet corpus)
    {
        double files = corpus.Files.Count, mb = context.MegaBytes(corpus.Bytes);
        context.Log.Figure(
            what,
            $"{ms.Min / 1000:F2} / {ms.Median / 1000:F2} / {ms.Max / 1000:F2} s = {files / (ms.Min / 1000):N0} / {files / (ms.Median / 1000):N0} files/s, {mb / (ms.Min / 1000):F1} / {mb / (ms.Median / 1000):F1} MB/s");
    }
}
