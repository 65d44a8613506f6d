using System.Diagnostics;
using OpenGovLint.Bench.Benchmarks;
using OpenGovLint.Bench.Corpus;
using OpenGovLint.Bench.Fuzz;

namespace OpenGovLint.Bench;

/// <summary>The commands that are more than one call: corpus, phases, fuzz and all.</summary>
internal static class Commands
{
    public static void Corpus(BenchContext context, int files, int seed)
    {
        var samples = context.Paths.SampleFiles.Select(File.ReadAllText).ToArray();
        var stopwatch = Stopwatch.StartNew();
        var summary = new CorpusGenerator(samples, seed).Write(context.Paths.Corpus, files);
        context.Log.Section("Corpus");
        context.Log.Figure(
            $"bench/.corpus (seed {seed})",
            $"{summary.Files:N0} files, {context.MegaBytes(summary.Bytes):F1} MB, written in {stopwatch.Elapsed.TotalSeconds:F1} s");
        context.Log.Figure("make-up", string.Join(", ", summary.Kinds.Select(k => $"{k.Key} {k.Value:N0}")));
    }

    public static void Phases(BenchContext context)
    {
        var files = context.Paths.CorpusFiles();
        var subset = files.Take(2000).Select(File.ReadAllBytes).ToArray();
        PhaseProfile.Run(context, "first 2,000 corpus files", subset);
        // The large documents once each (the JIT is warm from the corpus pass): 1 and 2 MB show how each phase grows.
        byte[] one = File.ReadAllBytes(LinearGrowth.Build(context, 1)), two = File.ReadAllBytes(LinearGrowth.Build(context, 2));
        var small = PhaseProfile.Run(context, "one 1 MB document", [one], warmUp: false);
        var large = PhaseProfile.Run(context, "one 2 MB document", [two], warmUp: false);
        PhaseProfile.Growth(context, small, large, (double)two.Length / one.Length);
    }

    /// <summary>
    /// The full analysis of the first 2,000 corpus files, repeated for <paramref name="seconds"/>: a steady load for a
    /// sampling profiler (<c>dotnet-trace collect -- …/opengovlint-bench loop 20</c>), which the timed commands are not.
    /// </summary>
    public static void Loop(BenchContext context, int seconds)
    {
        string[] texts = context.Paths.CorpusFiles().Take(2000).Select(File.ReadAllText).ToArray();
        var analyzer = new OpenGovLint.Core.Analysis.ReportAnalyzer();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        int collectionsBefore = GC.CollectionCount(0);
        var stopwatch = Stopwatch.StartNew();
        int passes = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            foreach (string text in texts)
            {
                _ = analyzer.Analyze(text);
            }

            passes++;
        }

        long markdigBefore = GC.GetAllocatedBytesForCurrentThread();
        var markdig = Stopwatch.StartNew();
        foreach (string text in texts)
        {
            _ = Markdig.Markdown.Parse(text, InProcessThroughput.TablesPipeline);
        }

        double markdigMs = markdig.Elapsed.TotalMilliseconds;
        long markdigAllocated = GC.GetAllocatedBytesForCurrentThread() - markdigBefore;

        context.Log.Section("Loop");
        context.Log.Figure("reference: Markdig parse-only, one pass", $"{markdigMs:F0} ms, {markdigAllocated / 1e6:F0} MB allocated");
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        long input = texts.Sum(t => (long)t.Length * 2);
        context.Log.Figure(
            $"{texts.Length:N0} files × {passes} passes",
            $"{stopwatch.Elapsed.TotalMilliseconds / passes:F0} ms per pass, {allocated / passes / 1e6:F0} MB allocated per pass ({(double)allocated / passes / input:F1}× the text), {(GC.CollectionCount(0) - collectionsBefore) / passes} gen-0 collections per pass");
    }

    public static int Fuzz(BenchContext context, int cases, int seed)
    {
        context.Log.Section($"Fuzz: {cases:N0} damaged reports, seed {seed}, {Environment.ProcessorCount} threads");
        var (count, seconds, failures) = new FuzzRunner(context.Paths, seed).Run(cases);
        context.Log.Figure("cases", $"{count:N0} in {seconds:F1} s = {count / seconds:N0} cases/s, {failures.Count} failures");
        foreach (var failure in failures.Take(50))
        {
            context.Log.Note($"failure: seed {failure.Seed} case {failure.Case}: {failure.Reason} ({failure.SavedAs})");
        }

        context.Log.Target("no property broken in the long fuzz run", failures.Count == 0, $"{failures.Count} failures in {count:N0} cases");
        context.Log.Save(context.Paths.Out, "fuzz");
        return failures.Count == 0 ? 0 : 1;
    }

    public static void All(BenchContext context, BenchOptions options)
    {
        if (context.Paths.CorpusFiles().Count == 0)
        {
            Corpus(context, options.Count ?? 10_000, options.Seed);
        }

        CliBuilds.Publish(context);
        CliBuilds.PackAndInstall(context);
        InProcessThroughput.Run(context);
        CliThroughput.Run(context);
        MarkdownlintComparison.Run(context, options.MarkdownlintFolders);
        InstalledToolComparison.Run(context, options.MarkdownlintFolders);
        ColdStart.Run(context, 30);
        LinearGrowth.Run(context);
        Phases(context);
    }
}
