using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// markdownlint-cli2 0.22.1 (bench/node, default rules, no config) on whole 1,000-file folders of the corpus, against
/// the NativeAOT CLI on the very same files. The target compares like with like: each tool's default output, one line
/// per finding and a summary; the ratio with OpenGovLint's JSON output is shown too. NODE_EXTRA_CA_CERTS is left as
/// the machine has it.
/// </summary>
internal static class MarkdownlintComparison
{
    public const double RatioTarget = 20;

    public static void Run(BenchContext context, int folders)
    {
        var paths = context.Paths;
        EnsureMarkdownlint(context);
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

        string[] oglFolders = folderNames.Select(f => Path.Combine(paths.Corpus, f)).ToArray();
        var text = MeasureOpenGovLint(context, "OpenGovLint NativeAOT CLI, same files, text output", [paths.AotCli, "check", .. oglFolders], files.Length);
        var json = MeasureOpenGovLint(context, "OpenGovLint NativeAOT CLI, same files, --format json", [paths.AotCli, "check", .. oglFolders, "--format", "json"], files.Length);

        double ratioBest = mdlWall.Min / text.Min;
        double ratioMedian = mdlWall.Median / text.Median;
        context.Figures["ratio.markdownlint"] = ratioMedian;
        context.Log.Figure("files/s ratio OpenGovLint text / markdownlint-cli2 (best, median)", $"{ratioBest:F1}× / {ratioMedian:F1}×");
        context.Log.Figure("files/s ratio OpenGovLint JSON / markdownlint-cli2 (best, median)", $"{mdlWall.Min / json.Min:F1}× / {mdlWall.Median / json.Median:F1}×");
        context.Log.Target("OpenGovLint ≥ 20× markdownlint-cli2 files/s (default outputs)", ratioMedian >= RatioTarget, $"{ratioMedian:F1}× median, {ratioBest:F1}× best, {files.Length:N0} files");
    }

    /// <summary>Installs markdownlint-cli2 from bench/node/package-lock.json when it is not there.</summary>
    public static void EnsureMarkdownlint(BenchContext context)
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
    }

    private static Stats MeasureOpenGovLint(BenchContext context, string label, string[] command, int files)
    {
        var runs = CliThroughput.Measure(context, command, singleCore: false, context.Runs);
        var wall = Stats.Of(runs.Select(r => r.WallMs / 1000));
        context.Log.Figure(label, $"{wall.Format("F2")} s = {files / wall.Min:N0} / {files / wall.Median:N0} files/s; CPU {Stats.Of(runs.Select(r => r.CpuSeconds)).Format("F1")} s; peak RSS {Stats.Of(runs.Select(r => r.MaxRssMb)).Format("F0")} MB");
        return wall;
    }
}
