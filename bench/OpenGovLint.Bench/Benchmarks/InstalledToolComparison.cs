using System.Text.RegularExpressions;
using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// The tool as a user gets it (packed from HEAD, installed with <c>dotnet tool install</c>, run by its command)
/// against markdownlint-cli2 0.22.1 on the same corpus folders, each tool's default text output, in one run: the two
/// are timed in turn, run after run, so that both see the same machine. Then the installed tool's cold start. The
/// targets: at least 20× markdownlint-cli2's files/s, and a cold start under 50 ms.
/// </summary>
internal static partial class InstalledToolComparison
{
    public static void Run(BenchContext context, int folders)
    {
        var paths = context.Paths;
        MarkdownlintComparison.EnsureMarkdownlint(context);
        CliBuilds.EnsureInstalled(context);
        string[] folderNames = Directory.GetDirectories(paths.Corpus).Select(Path.GetFileName).Order(StringComparer.Ordinal).Take(folders).ToArray()!;
        var files = folderNames.SelectMany(f => Directory.GetFiles(Path.Combine(paths.Corpus, f), "*.md")).ToArray();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        context.Log.Section($"Installed tool vs markdownlint-cli2 0.22.1 on {files.Length:N0} files ({context.MegaBytes(bytes):F1} MB), text output, alternating runs");

        string[] tool = [paths.InstalledTool, "check", .. folderNames.Select(f => Path.Combine(paths.Corpus, f))];
        string[] mdl = ["node", paths.MarkdownlintCli2, .. folderNames.Select(f => f + "/*.md")];
        RequireEveryFileChecked(context, tool, files.Length);

        var toolRuns = new List<ProcessRun>();
        var mdlRuns = new List<ProcessRun>();
        for (int i = 0; i < context.Runs; i++)
        {
            mdlRuns.AddRange(CliThroughput.Measure(context, mdl, singleCore: false, 1, paths.Corpus));
            toolRuns.AddRange(CliThroughput.Measure(context, tool, singleCore: false, 1));
        }

        var mdlWall = Stats.Of(mdlRuns.Select(r => r.WallMs / 1000));
        var toolWall = Stats.Of(toolRuns.Select(r => r.WallMs / 1000));
        context.Log.Figure("markdownlint-cli2", $"{mdlWall.Format("F1")} s = {files.Length / mdlWall.Min:N0} / {files.Length / mdlWall.Median:N0} files/s; peak RSS {Stats.Of(mdlRuns.Select(r => r.MaxRssMb)).Format("F0")} MB");
        context.Log.Figure("installed opengovlint", $"{toolWall.Format("F2")} s = {files.Length / toolWall.Min:N0} / {files.Length / toolWall.Median:N0} files/s; peak RSS {Stats.Of(toolRuns.Select(r => r.MaxRssMb)).Format("F0")} MB");
        double ratioMedian = mdlWall.Median / toolWall.Median;
        double ratioBest = mdlWall.Min / toolWall.Min;
        context.Figures["ratio.installed.markdownlint"] = ratioMedian;
        context.Log.Figure("files/s ratio installed opengovlint / markdownlint-cli2 (median, best)", $"{ratioMedian:F1}× / {ratioBest:F1}×");
        context.Log.Target("installed tool ≥ 20× markdownlint-cli2 files/s (text output)", ratioMedian >= MarkdownlintComparison.RatioTarget, $"{ratioMedian:F1}× median, {ratioBest:F1}× best, {files.Length:N0} files");

        var coldStart = ColdStart.Measure(context, "installed opengovlint, one 13 KB file (--format json)", [paths.InstalledTool, "check", paths.SampleFiles[0], "--format", "json"], 30);
        context.Figures["coldstart.installed.median"] = coldStart.Median;
        context.Log.Target("installed tool cold start < 50 ms (median)", coldStart.Median < ColdStart.TargetMs, $"median {coldStart.Median:F1} ms, min {coldStart.Min:F1} ms");
    }

    /// <summary>A tool that skipped files would look fast: its summary must count every file and skip none.</summary>
    private static void RequireEveryFileChecked(BenchContext context, string[] command, int files)
    {
        var (code, output) = ProcessRunner.RunQuiet(command[0], command[1..], context.Paths.Root);
        string summary = output.TrimEnd().Split('\n')[^1];
        var match = CheckedFiles().Match(summary);
        if (code is not (0 or 1) || !match.Success || int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) != files || summary.Contains("跳过", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the installed tool did not check all {files} files (exit {code}): {summary}");
        }

        context.Log.Figure("installed opengovlint, summary line", summary);
    }

    [GeneratedRegex(@"^检查了 (\d+) 个文件")]
    private static partial Regex CheckedFiles();
}
