using System.Globalization;
using OpenGovLint.Bench;
using OpenGovLint.Bench.Benchmarks;
using OpenGovLint.Bench.Corpus;
using OpenGovLint.Bench.Fuzz;
using OpenGovLint.Bench.Measurement;

// opengovlint-bench COMMAND [N] [--runs N] [--seed N] [--mdl-folders N]
// Commands: all, corpus [files], publish, install, installed, inprocess, cli, markdownlint, coldstart, linear, phases,
// loop [seconds], allocations [passes], recovery, fuzz [cases].
var options = BenchOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (BenchPaths.TryLocate() is not { } paths)
{
    return 2;
}

var context = new BenchContext(paths, options.Runs);
Console.WriteLine($"opengovlint-bench {options.Command} — {MachineInfo.Describe()}");
Console.WriteLine($"load average {LoadGate.LoadAverage()}, {DateTime.Now:yyyy-MM-dd HH:mm:ss}");

switch (options.Command)
{
    case "corpus":
        Commands.Corpus(context, options.Count ?? 10_000, options.Seed);
        break;
    case "publish":
        CliBuilds.Publish(context);
        break;
    case "install":
        CliBuilds.PackAndInstall(context);
        break;
    case "installed":
        InstalledToolComparison.Run(context, options.MarkdownlintFolders);
        break;
    case "inprocess":
        InProcessThroughput.Run(context);
        break;
    case "cli":
        CliThroughput.Run(context);
        break;
    case "markdownlint":
        MarkdownlintComparison.Run(context, options.MarkdownlintFolders);
        break;
    case "coldstart":
        ColdStart.Run(context, options.Count ?? 30);
        break;
    case "linear":
        LinearGrowth.Run(context);
        break;
    case "phases":
        Commands.Phases(context);
        break;
    case "loop":
        Commands.Loop(context, options.Count ?? 20);
        break;
    case "allocations":
        AllocationProfile.Run(context, paths.CorpusFiles().Take(2000).Select(File.ReadAllText).ToArray(), options.Count ?? 3);
        break;
    case "recovery":
        RowRecovery.Run(context, options.Seed);
        break;
    case "fuzz":
        return Commands.Fuzz(context, options.Count ?? 100_000, options.Seed);
    case "all":
        Commands.All(context, options);
        break;
}

context.Log.Save(paths.Out, options.Command);
return 0;

/// <summary>The command line of the benchmark.</summary>
internal sealed record BenchOptions(string Command, int? Count, int Runs, int Seed, int MarkdownlintFolders)
{
    public const string Usage = """
        usage: opengovlint-bench COMMAND [N] [--runs N] [--seed N] [--mdl-folders N]
          all              corpus (if missing), publish, install, inprocess, cli, markdownlint, installed, coldstart,
                           linear, phases
          corpus [FILES]   write FILES reports (default 10000) into bench/.corpus/
          publish          publish the CLI (NativeAOT and framework-dependent) into bench/.out/
          install          pack the tool from HEAD (scripts/pack-tool.sh) and dotnet tool install it into bench/.out/tool
          installed        the installed tool vs markdownlint-cli2 on --mdl-folders folders, text output, alternating
                           runs (the ratio), then the installed tool's cold start
          inprocess        read+decode, Markdig parse-only and full analysis in-process
          cli              the published CLI over the corpus: all cores and one core, peak RSS
          markdownlint     markdownlint-cli2 vs OpenGovLint on --mdl-folders 1,000-file folders (default 2)
          coldstart [RUNS] spawn → exit for one file (default 30 runs)
          linear           1, 2, 5, 10 MB single documents, in-process and CLI
          phases           where the analysis time goes (decode, Markdig, line scan, parse, each rule)
          loop [SECONDS]   analyse the first 2,000 corpus files again and again (default 20 s), for a sampling profiler
          allocations [N]  which types the analysis of the first 2,000 corpus files allocates, N passes (default 3)
          recovery         the row recovery algorithms: split, expand and solve, on real, random and pathological rows
          fuzz [CASES]     the robustness properties on CASES damaged reports (default 100000)
        """;

    private static readonly string[] Commands = ["all", "corpus", "publish", "install", "installed", "inprocess", "cli", "markdownlint", "coldstart", "linear", "phases", "loop", "allocations", "recovery", "fuzz"];

    public static BenchOptions? Parse(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0]))
        {
            return null;
        }

        int? count = null;
        int runs = 3, seed = 20261123, folders = 2;
        for (int i = 1; i < args.Length; i++)
        {
            bool hasValue = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
            switch (args[i])
            {
                case "--runs" when hasValue:
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--seed" when hasValue:
                    seed = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--mdl-folders" when hasValue:
                    folders = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    if (!int.TryParse(args[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int n))
                    {
                        return null;
                    }

                    count = n;
                    break;
            }
        }

        return new BenchOptions(args[0], count, runs, seed, folders);
    }
}
