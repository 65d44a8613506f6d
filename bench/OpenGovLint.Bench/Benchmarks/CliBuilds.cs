using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Publishes the CLI twice into bench/.out/: NativeAOT (what users get) and framework-dependent (for comparison).
/// The sources are the committed HEAD, exported to a temporary folder (<c>git archive</c>), so that edits in progress
/// in the working tree neither break the publish nor get measured. Build output goes to OGL_BUILD_ROOT (or
/// /tmp/ogl-build-bench), never into the source tree.
/// </summary>
internal static class CliBuilds
{
    public static void Publish(BenchContext context)
    {
        var paths = context.Paths;
        string buildRoot = Environment.GetEnvironmentVariable("OGL_BUILD_ROOT") is { Length: > 0 } root ? root : "/tmp/ogl-build-bench";
        // A folder of its own: the exported Core must not share obj/ with the working tree's Core that the bench itself uses.
        var environment = new Dictionary<string, string> { ["OGL_BUILD_ROOT"] = Path.Combine(buildRoot, "published-cli") };
        context.Log.Section("Publish the CLI");
        string source = ExportHead(context);
        string cliProject = Path.Combine(source, "server", "OpenGovLint.Cli");
        Run(context, ["publish", cliProject, "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", Path.GetDirectoryName(paths.AotCli)!], environment, "NativeAOT");
        Run(context, ["publish", cliProject, "-c", "Release", "-o", paths.FrameworkCliFolder], environment, "framework-dependent");
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

    /// <summary>Exports server/ and the shared build files of HEAD into /tmp; returns the folder.</summary>
    private static string ExportHead(BenchContext context)
    {
        var (code, commit) = ProcessRunner.RunQuiet("git", ["rev-parse", "--short", "HEAD"], context.Paths.Root);
        commit = commit.Trim();
        if (code != 0)
        {
            throw new InvalidOperationException("git rev-parse failed: " + commit);
        }

        string folder = Path.Combine(Path.GetTempPath(), "ogl-bench-src", commit);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        string archive = Path.Combine(folder, "head.tar");
        var (archiveCode, output) = ProcessRunner.RunQuiet("git", ["archive", "-o", archive, "HEAD", "server", "Directory.Build.props", "global.json"], context.Paths.Root);
        if (archiveCode != 0 || ProcessRunner.RunQuiet("tar", ["-xf", archive], folder).ExitCode != 0)
        {
            throw new InvalidOperationException("git archive of HEAD failed: " + output);
        }

        context.Log.Figure("CLI sources", "commit " + commit);
        return folder;
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
