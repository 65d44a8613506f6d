using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// The published CLI as a process over the whole corpus folder, output read and dropped: all cores, and one core
/// (<c>taskset -c 0</c> + <c>DOTNET_PROCESSOR_COUNT=1</c>), for the NativeAOT build with the default text output and
/// with <c>--format json</c>, and for the framework-dependent build with JSON. Peak RSS comes from the same runs.
/// </summary>
internal static class CliThroughput
{
    public const double RssTargetMb = 200;

    public static void Run(BenchContext context)
    {
        CliBuilds.EnsurePublished(context);
        var corpus = CorpusSet.Load(context);
        context.Log.Section($"CLI over the corpus folder ({corpus.Files.Count:N0} files, {context.MegaBytes(corpus.Bytes):F1} MB)");
        foreach (var (label, command) in Builds(context, context.Paths.Corpus))
        {
            foreach (bool single in new[] { false, true })
            {
                var runs = Measure(context, command, single, context.Runs);
                string threads = single ? "1 core" : $"{Environment.ProcessorCount} cores";
                var wall = Stats.Of(runs.Select(r => r.WallMs / 1000));
                var rss = Stats.Of(runs.Select(r => r.MaxRssMb));
                var cpu = Stats.Of(runs.Select(r => r.CpuSeconds));
                double files = corpus.Files.Count, mb = context.MegaBytes(corpus.Bytes);
                context.Log.Figure(
                    $"CLI {Describe(label)}, {threads}",
                    $"{wall.Format("F2")} s = {files / wall.Min:N0} / {files / wall.Median:N0} files/s, {mb / wall.Min:F1} / {mb / wall.Median:F1} MB/s; CPU {cpu.Format("F1")} s; peak RSS {rss.Format("F0")} MB",
                    runs.Count > 0 ? LoadGate.LoadAverage() : null);
                context.Figures[$"cli.{label}.{(single ? "single" : "all")}.filesPerSecond.min"] = files / wall.Median;
                context.Figures[$"cli.{label}.{(single ? "single" : "all")}.filesPerSecond.best"] = files / wall.Min;
                context.Figures[$"cli.{label}.{(single ? "single" : "all")}.rss.max"] = rss.Max;
            }
        }

        double peak = Math.Max(context.Figures["cli.aot.all.rss.max"], context.Figures["cli.aot-text.all.rss.max"]);
        context.Log.Target("peak RSS ≤ 200 MB (NativeAOT CLI, 10,000 files, all cores)", peak <= RssTargetMb, $"max {peak:F0} MB over {context.Runs} runs");
    }

    private static string Describe(string label) => label switch
    {
        "aot-text" => "NativeAOT, text output",
        "aot" => "NativeAOT, --format json",
        _ => "framework-dependent, --format json",
    };

    public static IEnumerable<(string Label, string[] Command)> Builds(BenchContext context, params string[] paths)
    {
        yield return ("aot-text", [context.Paths.AotCli, "check", .. paths]);
        yield return ("aot", [context.Paths.AotCli, "check", .. paths, "--format", "json"]);
        yield return ("fdd", ["dotnet", context.Paths.FrameworkCli, "check", .. paths, "--format", "json"]);
    }

    /// <summary>Runs the command <paramref name="runs"/> times after the machine has gone quiet; fails on exit codes other than 0 and 1.</summary>
    public static List<ProcessRun> Measure(BenchContext context, string[] command, bool singleCore, int runs, string? workingDirectory = null)
    {
        var result = new List<ProcessRun>();
        for (int i = 0; i < runs; i++)
        {
            LoadGate.WaitForQuiet();
            var run = ProcessRunner.Run(command, workingDirectory ?? context.Paths.Root, singleCore);
            if (run.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"{string.Join(' ', command.Take(3))} … exited with {run.ExitCode}: {run.ErrorTail}");
            }

            result.Add(run);
        }

        return result;
    }
}
