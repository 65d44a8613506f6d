using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>Spawn → exit for one file (sample 000, 13 KB), repeated: the cost of one invocation from an editor or a hook.</summary>
internal static class ColdStart
{
    public const double TargetMs = 50;

    public static void Run(BenchContext context, int runs)
    {
        CliBuilds.EnsurePublished(context);
        var paths = context.Paths;
        string file = paths.SampleFiles[0];
        context.Log.Section($"Cold start, one file ({new FileInfo(file).Length:N0} B), spawn → exit, {runs} runs after 3 warm-ups");
        Measure(context, "/bin/true (spawn cost of the harness)", ["/bin/true"], runs);
        var aot = Measure(context, "NativeAOT CLI", [paths.AotCli, "check", file, "--format", "json"], runs);
        Measure(context, "framework-dependent CLI (dotnet opengovlint.dll)", ["dotnet", paths.FrameworkCli, "check", file, "--format", "json"], runs);
        if (File.Exists(paths.MarkdownlintCli2))
        {
            Measure(context, "markdownlint-cli2 (NODE_EXTRA_CA_CERTS as set)", ["node", paths.MarkdownlintCli2, file], Math.Min(runs, 10));
        }

        context.Figures["coldstart.aot.median"] = aot.Median;
        context.Log.Target("cold start ≤ 50 ms (NativeAOT CLI, median)", aot.Median <= TargetMs, $"median {aot.Median:F1} ms, min {aot.Min:F1} ms");
    }

    public static Stats Measure(BenchContext context, string label, string[] command, int runs)
    {
        LoadGate.WaitForQuiet();
        for (int i = 0; i < 3; i++)
        {
            ProcessRunner.SpawnToExitMs(command, context.Paths.Root);
        }

        var times = Enumerable.Range(0, runs).Select(_ => ProcessRunner.SpawnToExitMs(command, context.Paths.Root)).ToArray();
        var stats = Stats.Of(times);
        context.Log.Figure(label, $"{stats.Format()} ms");
        return stats;
    }
}
