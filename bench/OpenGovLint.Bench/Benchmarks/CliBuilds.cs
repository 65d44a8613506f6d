using OpenGovLint.Bench.Measurement;

namespace OpenGovLint.Bench.Benchmarks;

/// <summary>
/// Publishes the CLI twice into bench/.out/: NativeAOT and framework-dependent (for comparison); and packs and installs
/// the .NET tool as users get it (<see cref="PackAndInstall"/>).
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
        // The project sets PublishAot for its tool packages; the framework-dependent build turns it off.
        Run(context, ["publish", cliProject, "-c", "Release", "-p:PublishAot=false", "-o", paths.FrameworkCliFolder], environment, "framework-dependent");
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

    /// <summary>
    /// The tool as a user gets it: packed from HEAD by scripts/pack-tool.sh (the package users name, this platform's
    /// NativeAOT package, the framework-dependent fallback), then installed with <c>dotnet tool install --tool-path</c>
    /// from those packages into bench/.out/tool.
    /// </summary>
    public static void PackAndInstall(BenchContext context)
    {
        var paths = context.Paths;
        string buildRoot = Environment.GetEnvironmentVariable("OGL_BUILD_ROOT") is { Length: > 0 } root ? root : "/tmp/ogl-build-bench";
        var environment = new Dictionary<string, string> { ["OGL_BUILD_ROOT"] = Path.Combine(buildRoot, "packed-tool") };
        context.Log.Section("Pack and install the tool");
        string source = ExportHead(context);
        string packages = Path.Combine(paths.Out, "nupkg");
        if (Directory.Exists(packages))
        {
            Directory.Delete(packages, recursive: true);
        }

        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var (packCode, packOutput) = ProcessRunner.RunQuiet("bash", [Path.Combine(source, "scripts", "pack-tool.sh"), packages], source, environment);
        if (packCode != 0)
        {
            Console.Error.WriteLine(packOutput);
            throw new InvalidOperationException($"scripts/pack-tool.sh failed with exit code {packCode}");
        }

        context.Log.Figure("scripts/pack-tool.sh", $"{stopwatch.Elapsed.TotalSeconds:F0} s: {string.Join(", ", Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal))}");
        if (Directory.Exists(paths.ToolFolder))
        {
            Directory.Delete(paths.ToolFolder, recursive: true);
        }

        var (installCode, installOutput) = ProcessRunner.RunQuiet("dotnet", ["tool", "install", "--tool-path", paths.ToolFolder, "--add-source", packages, "OpenGovLint"], paths.Root);
        if (installCode != 0)
        {
            throw new InvalidOperationException("dotnet tool install failed: " + installOutput);
        }

        // What the command is: the file its link leads to, and whether that is a native executable.
        string target = new FileInfo(paths.InstalledTool).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? paths.InstalledTool;
        byte[] head = new byte[4];
        using (var stream = File.OpenRead(target))
        {
            stream.ReadExactly(head);
        }

        bool native = head is [0x7F, (byte)'E', (byte)'L', (byte)'F'];
        context.Log.Figure("installed command", $"{Path.GetRelativePath(paths.ToolFolder, target)}: {(native ? "native executable" : "not a native executable")}, {new FileInfo(target).Length / 1024.0 / 1024.0:F1} MiB");
        context.Log.Target("dotnet tool install gives the NativeAOT executable on this platform", native, Path.GetFileName(Path.GetDirectoryName(target)!));
        File.WriteAllText(InstalledCommitFile(paths), HeadCommit(context));
    }

    /// <summary>Packs and installs again when the installed tool is missing or was packed from another commit.</summary>
    public static void EnsureInstalled(BenchContext context)
    {
        string file = InstalledCommitFile(context.Paths);
        if (!File.Exists(context.Paths.InstalledTool) || !File.Exists(file) || File.ReadAllText(file) != HeadCommit(context))
        {
            PackAndInstall(context);
        }
    }

    private static string InstalledCommitFile(BenchPaths paths) => Path.Combine(paths.ToolFolder, ".packed-from");

    private static string HeadCommit(BenchContext context)
    {
        var (code, commit) = ProcessRunner.RunQuiet("git", ["rev-parse", "--short", "HEAD"], context.Paths.Root);
        return code == 0 ? commit.Trim() : throw new InvalidOperationException("git rev-parse failed: " + commit);
    }

    /// <summary>Exports server/, the pack script, the rule pages and the shared build files of HEAD into /tmp; returns the folder.</summary>
    private static string ExportHead(BenchContext context)
    {
        string commit = HeadCommit(context);
        string folder = Path.Combine(Path.GetTempPath(), "ogl-bench-src", commit);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        string archive = Path.Combine(folder, "head.tar");
        var (archiveCode, output) = ProcessRunner.RunQuiet("git", ["archive", "-o", archive, "HEAD", "server", "scripts/pack-tool.sh", "docs/rules", "Directory.Build.props", "global.json"], context.Paths.Root);
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
