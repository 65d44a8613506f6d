using System.Diagnostics;
using System.Text;
using OpenGovLint.Bench.Measurement;
using OpenGovLint.Core.Analysis;
using OpenGovLint.Core.Rules;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// One large document made of corpus reports laid end to end (1, 2, 5, 10 MB): analysis time in-process and through
/// the NativeAOT CLI, and ms per MB, which stays flat when the analysis is linear.
/// </summary>
internal static class LinearGrowth
{
    public const double TargetSeconds = 2;

    public static readonly int[] SizesMb = [1, 2, 5, 10];

    public static void Run(BenchContext context)
    {
        CliBuilds.EnsurePublished(context);
        var documents = SizesMb.Select(mb => (Mb: mb, Path: Build(context, mb))).ToArray();
        context.Log.Section("Linear growth: one document of concatenated reports");
        var analyzer = new ReportAnalyzer();
        _ = analyzer.AnalyzeBytes(File.ReadAllBytes(documents[0].Path), AnalysisOptions.Default);

        double lastSeconds = 0;
        foreach (var (mb, path) in documents)
        {
            long size = new FileInfo(path).Length;
            // A slow size is measured once: the point is the growth, and the shared machine has no time to spare.
            int runs = lastSeconds > 5 ? 1 : context.Runs;
            var inProcess = new List<double>();
            for (int i = 0; i < runs; i++)
            {
                LoadGate.WaitForQuiet();
                var stopwatch = Stopwatch.StartNew();
                _ = analyzer.AnalyzeBytes(File.ReadAllBytes(path), AnalysisOptions.Default);
                inProcess.Add(stopwatch.Elapsed.TotalMilliseconds);
            }

            var cli = CliThroughput.Measure(context, [context.Paths.AotCli, "check", path, "--format", "json"], false, runs);
            var ip = Stats.Of(inProcess);
            var cl = Stats.Of(cli.Select(r => r.WallMs));
            lastSeconds = ip.Median / 1000;
            double sizeMb = context.MegaBytes(size);
            context.Log.Figure(
                $"{sizeMb:F1} MB document",
                $"in-process {ip.Format("F0")} ms ({ip.Median / sizeMb:F0} ms/MB); CLI {cl.Format("F0")} ms ({cl.Median / sizeMb:F0} ms/MB), peak RSS {cli.Max(r => r.MaxRssMb):F0} MB");
            if (mb == SizesMb[^1])
            {
                context.Figures["linear.10mb.inprocess"] = ip.Median;
                context.Figures["linear.10mb.cli"] = cl.Median;
                context.Log.Target("10 MB document < 2 s in-process", ip.Median < TargetSeconds * 1000, $"median {ip.Median / 1000:F2} s");
                context.Log.Target("10 MB document < 2 s via CLI", cl.Median < TargetSeconds * 1000, $"median {cl.Median / 1000:F2} s");
            }
        }
    }

    /// <summary>Concatenates corpus files (blank line between) until the document reaches <paramref name="mb"/> MB.</summary>
    public static string Build(BenchContext context, int mb)
    {
        string path = Path.Combine(context.Paths.BigDocuments, $"big-{mb}mb.md");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(context.Paths.BigDocuments);
        var files = context.Paths.CorpusFiles();
        long target = mb * 1_000_000L;
        using var output = new FileStream(path, FileMode.Create);
        byte[] separator = Encoding.UTF8.GetBytes("\n\n");
        for (int i = 0; output.Length < target; i++)
        {
            output.Write(File.ReadAllBytes(files[i % files.Count]));
            output.Write(separator);
        }

        return path;
    }
}
