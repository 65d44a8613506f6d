using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Publishes the CLI twice into bench/.out/: NativeAOT (what users get) and framework-dependent (for comparison).
/// Build output goes to OGL_BUILD_ROOT (or /tmp/ogl-build-bench), never into the source tree.
/// </summary>
internal static class CliBuilds
{
    public static void Publish(BenchContext context)
    {
        var paths = context.Paths;
        string buildRoot = Environment.GetEnvironmentVariable("OGL_BUILD_ROOT") is { Length: > 0 } root ? root : "/tmp/ogl-build-bench";
        var environment = new Dictionary<string, string> { ["OGL_BUILD_ROOT"] = buildRoot };
        context.Log.Section("Publish the CLI");
        Run(context, ["publish", paths.CliProject, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", Path.GetDirectoryName(paths.AotCli)!], environment, "NativeAOT");
        Run(context, ["publish", paths.CliProject, "-c", "Release", "-o", paths.FrameworkCliFolder], environment, "framework-dependent");
        long aotBytes = new FileInfo(paths.AotCli).Length;
        context.Log.Figure("NativeAOT binary size", $"{aotBytes / 1024.0 / 1024.0:F1} MiB");
    }

    public static void EnsurePublished(BenchContext context)
    {
        if (!File.Exists(context.Paths.AotCli) || !File.Exists(context.Paths.FrameworkCli))
        {
            Publish(context);
        }
    }

    private static void Run(BenchContext context, string[] args, Dictionary<string, string> environment, string label)
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var (exitCode, output) = ProcessRunner.RunQuiet("dotnet", args, context.Paths.Root, environment);
        if (exitCode != 0)
        {
            Console.Error.WriteLine(output);
            throw new InvalidOperationException($"dotnet publish ({label}) failed with exit code {exitCode}");
        }

        context.Log.Figure($"publish {label}", $"{stopwatch.Elapsed.TotalSeconds:F0} s");
    }
}
