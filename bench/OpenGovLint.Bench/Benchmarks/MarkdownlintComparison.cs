using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// markdownlint-cli2 0.22.1 (bench/node, default rules, no config) on a subset of the corpus (whole 1,000-file
/// folders), against the NativeAOT CLI on the very same files. NODE_EXTRA_CA_CERTS is left as the machine has it.
/// </summary>
internal static class MarkdownlintComparison
{
    public const double RatioTarget = 20;

    public static void Run(BenchContext context, int folders)
    {
        var paths = context.Paths;
        if (!File.Exists(paths.MarkdownlintCli2))
        {
            var (code, output) = ProcessRunner.RunQuiet("npm", ["ci", "--no-audit", "--no-fund"], Path.Combine(paths.Bench, "node"));
            if (code != 0)
            {
                throw new InvalidOperationException("npm ci in bench/node failed: " + output);
            }
        }

        CliBuilds.EnsurePublished(context);
        string[] folderNames = Directory.GetDirectories(paths.Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(folders).ToArray()!;
        var files = folderNames.SelectMany(f => Directory.GetFiles(Path.Combine(paths.Corpus, f), "*.md")).ToArray();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        string extraCa = Environment.GetEnvironmentVariable("NODE_EXTRA_CA_CERTS") ?? "(unset)";
        context.Log.Section($"markdownlint-cli2 0.22.1 vs OpenGovLint on {files.Length:N0} files ({context.MegaBytes(bytes):F1} MB), NODE_EXTRA_CA_CERTS={extraCa}");

        string[] mdl = ["node", paths.MarkdownlintCli2, .. folderNames.Select(f => f + "/*.md")];
        var mdlRuns = CliThroughput.Measure(context, mdl, singleCore: false, context.Runs, paths.Corpus);
        var mdlWall = Stats.Of(mdlRuns.Select(r => r.WallMs / 1000));
        context.Log.Figure(
            "markdownlint-cli2",
            $"{mdlWall.Format("F1")} s = {files.Length / mdlWall.Min:N0} / {files.Length / mdlWall.Median:N0} files/s; CPU {Stats.Of(mdlRuns.Select(r => r.CpuSeconds)).Format("F1")} s; peak RSS {Stats.Of(mdlRuns.Select(r => r.MaxRssMb)).Format("F0")} MB");

        string[] ogl = [paths.AotCli, "check", .. folderNames.Select(f => Path.Combine(paths.Corpus, f)), "--format", "json"];
        var oglRuns = CliThroughput.Measure(context, ogl, singleCore: false, context.Runs);
        var oglWall = Stats.Of(oglRuns.Select(r => r.WallMs / 1000));
        context.Log.Figure("OpenGovLint NativeAOT CLI, same files", $"{oglWall.Format("F2")} s = {files.Length / oglWall.Min:N0} / {files.Length / oglWall.Median:N0} files/s");

        double ratioBest = mdlWall.Min / oglWall.Min;
        double ratioMedian = mdlWall.Median / oglWall.Median;
        context.Figures["ratio.markdownlint"] = ratioMedian;
        context.Log.Figure("files/s ratio OpenGovLint / markdownlint-cli2 (best, median)", $"{ratioBest:F0}× / {ratioMedian:F0}×");
        context.Log.Target("OpenGovLint ≥ 20× markdownlint-cli2 files/s", ratioMedian >= RatioTarget, $"{ratioMedian:F0}× median, {ratioBest:F0}× best, {files.Length:N0}-file subset");
    }
}
